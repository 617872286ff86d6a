import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTimeZone } from "next-intl/server";
import { CourseStatusBadge } from "@/components/courses/course-status-badge";
import { courseFigureColumns } from "@/components/courses/course-figure-columns";
import { MANAGED_COURSE_FILTERS, ManagedCourseList } from "@/components/courses/managed-course-list";
import { formatDate } from "@/components/format";
import { ButtonLink } from "@/components/ui/button";
import { Container } from "@/components/ui/container";
import type { Column } from "@/components/ui/data-table";
import { PageHeader } from "@/components/ui/page-header";
import type { SearchParams } from "@/components/ui/pagination";
import { isAdmin, TEACHING_ROLES } from "@/lib/auth/policy";
import { requireSessionActor } from "@/lib/auth/session";
import { type ManagedCourseRow, listManagedCourses } from "@/lib/courses/teacher-courses";
import { listTeacherOptions } from "@/lib/courses/teacher-options";
import { countUngraded } from "@/lib/grading/grading-queue";
import { nullOn } from "@/lib/errors";
import { getT } from "@/lib/i18n/translator";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT("TeachCourses"))("metaTitle") };
}

const PATH = "/teach";
const PAGE_SIZE = 20;

export default async function TeachPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requireSessionActor({ roles: TEACHING_ROLES, returnTo: PATH });
  const params = await searchParams;
  const admin = isAdmin(actor);
  const [result, teachers, t, locale, timeZone, ungraded, gradingText] = await Promise.all([
    nullOn(listManagedCourses(actor, { ...params, limit: PAGE_SIZE }), ["BAD_REQUEST"]),
    admin ? listTeacherOptions(actor) : [],
    getT("TeachCourses"),
    getLocale(),
    getTimeZone(),
    countUngraded(actor),
    getT("Grading"),
  ]);
  const filtered = MANAGED_COURSE_FILTERS.some((name) => params[name]);

  const columns: Column<ManagedCourseRow>[] = [
    {
      key: "course",
      header: t("course"),
      sort: { asc: "title" },
      cell: (course) => (
        <span className="block min-w-48">
          <Link href={`/teach/courses/${course.id}`} className="text-link font-medium">
            {course.title}
          </Link>
          <span className="mt-0.5 block text-xs text-slate-600">{course.category?.name ?? `/${course.slug}`}</span>
        </span>
      ),
    },
    ...(admin ? [{ key: "teacher", header: t("teacher"), cell: (course: ManagedCourseRow) => course.teacher.fullName }] : []),
    { key: "status", header: t("status"), cell: (course) => <CourseStatusBadge status={course.status} /> },
    ...courseFigureColumns(t, locale),
    { key: "updated", header: t("updated"), sort: { desc: "updated" }, cell: (course) => formatDate(course.updatedAt, locale, timeZone), className: "whitespace-nowrap" },
  ];

  const newCourse = (
    <>
      <ButtonLink href="/teach/grading" variant="secondary">
        {gradingText("queueLink", { count: ungraded })}
      </ButtonLink>
      <ButtonLink href="/teach/courses/new">{t("newCourse")}</ButtonLink>
    </>
  );
  return (
    <Container size="wide" className="space-y-8 py-10">
      <PageHeader
        title={admin ? t("titleAdmin") : t("title")}
        description={result && !filtered && result.pagination.totalRecords > 0 ? t("description", { count: result.pagination.totalRecords }) : undefined}
        actions={newCourse}
      />
      <ManagedCourseList
        pathname={PATH}
        searchParams={params}
        result={result}
        columns={columns}
        caption={result ? t("caption", { count: result.pagination.totalRecords }) : ""}
        teachers={admin ? teachers.map((teacher) => ({ value: String(teacher.id), label: teacher.fullName })) : undefined}
        emptyAction={<ButtonLink href="/teach/courses/new">{t("createFirst")}</ButtonLink>}
      />
    </Container>
  );
}
