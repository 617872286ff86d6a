import type { Metadata } from "next";
import { CourseGrid } from "@/components/courses/course-grid";
import { Container } from "@/components/ui/container";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { TEACHING_ROLES } from "@/lib/auth/policy";
import { requireSessionActor } from "@/lib/auth/session";
import { listCourses } from "@/lib/courses/list-courses";

export const metadata: Metadata = { title: "Teaching" };

export default async function TeachPage() {
  const actor = await requireSessionActor({ roles: TEACHING_ROLES, returnTo: "/teach" });
  const { courses, pagination } = await listCourses(actor, { teacherId: actor.id, limit: 100 });
  return (
    <Container className="space-y-8 py-10">
      <PageHeader title="My courses" description={`${pagination.totalRecords} course${pagination.totalRecords === 1 ? "" : "s"}, drafts included.`} />
      {courses.length ? <CourseGrid courses={courses} /> : <EmptyState title="No courses yet" description="Courses you create will appear here." />}
    </Container>
  );
}
