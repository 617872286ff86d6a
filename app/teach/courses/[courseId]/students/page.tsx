// A course's students for its teacher and admins: the course's figures, then the list with
// search, status filter, sort, pages and a CSV download of the same rows. The layout around
// it has already checked access.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTimeZone } from "next-intl/server";
import { cache } from "react";
import { CourseCharts } from "@/components/course-students/course-charts";
import { StudentsTable } from "@/components/course-students/students-table";
import type { SearchParams } from "@/components/ui/pagination";
import { ZPathId } from "@/lib/api/contract-schemas";
import { TEACHING_ROLES } from "@/lib/auth/policy";
import { requireSessionActor } from "@/lib/auth/session";
import { getCourseStats } from "@/lib/course-students/course-stats";
import { listCourseStudents } from "@/lib/course-students/list-course-students";
import { getManagedCourse } from "@/lib/courses/read-course";
import { nullOn } from "@/lib/errors";
import { getT } from "@/lib/i18n/translator";

type Props = { params: Promise<{ courseId: string }>; searchParams: Promise<SearchParams> };

// One lookup per request, shared by the metadata and the page; null for what the layout answers.
const loadCourse = cache(async (courseId: string) => {
  const parsed = ZPathId("courseId").safeParse(courseId);
  if (!parsed.success) return null;
  const actor = await requireSessionActor({ roles: TEACHING_ROLES, returnTo: `/teach/courses/${courseId}/students` });
  const course = await nullOn(getManagedCourse(actor, parsed.data), ["NOT_FOUND", "FORBIDDEN"]);
  return course && { actor, course };
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const loaded = await loadCourse((await params).courseId);
  const t = await getT("Students");
  return { title: loaded ? t("metaTitle", { title: loaded.course.title }) : t("tab") };
}

export default async function CourseStudentsPage({ params, searchParams }: Props) {
  const loaded = await loadCourse((await params).courseId);
  if (!loaded) notFound();
  const { actor, course } = loaded;
  const query = await searchParams;
  const [locale, timeZone] = await Promise.all([getLocale(), getTimeZone()]);
  const [stats, result] = await Promise.all([
    getCourseStats(actor, course.id, { timeZone, now: new Date() }),
    nullOn(listCourseStudents(actor, course.id, { ...query, limit: query.limit ?? "20" }), ["BAD_REQUEST"]),
  ]);
  return (
    <div className="space-y-10">
      <CourseCharts stats={stats} locale={locale} />
      <StudentsTable courseId={course.id} result={result} searchParams={query} locale={locale} timeZone={timeZone} />
    </div>
  );
}
