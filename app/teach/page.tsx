import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTimeZone } from "next-intl/server";
import { CourseStatusBadge } from "@/components/courses/course-status-badge";
import { courseFigureColumns } from "@/components/courses/course-figure-columns";
import { formatDate } from "@/components/format";
import { ButtonLink } from "@/components/ui/button";
import { Container } from "@/components/ui/container";
import { type Column, DataTable } from "@/components/ui/data-table";
import { DataTableToolbar } from "@/components/ui/data-table-toolbar";
import { EmptyState } from "@/components/ui/empty-state";
import { AlertIcon, BookIcon, SearchIcon } from "@/components/ui/icons";
import { PageHeader } from "@/components/ui/page-header";
import type { SearchParams } from "@/components/ui/pagination";
import { isAdmin, TEACHING_ROLES } from "@/lib/auth/policy";
import { requireSessionActor } from "@/lib/auth/session";
import { type ManagedCourseRow, listManagedCourses } from "@/lib/courses/teacher-courses";
import { listTeacherOptions } from "@/lib/courses/teacher-options";
import { countUngraded } from "@/lib/grading/grading-queue";
import { nullOn } from "@/lib/errors";
import { getT } from "@/lib/i18n/translator";
import { courseStatusLabels } from "@/lib/shared/labels";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT("TeachCourses"))("metaTitle") };
}

const PATH = "/teach";
const PAGE_SIZE = 20;
const FILTERS = ["q", "status", "teacherId"];

export default async function TeachPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requireSessionActor({ roles: TEACHING_ROLES, returnTo: PATH });
  const params = await searchParams;
  const admin = isAdmin(actor);
  const [result, teachers, t, statusName, locale, timeZone, ungraded, gradingText] = await Promise.all([
    nullOn(listManagedCourses(actor, { ...params, limit: PAGE_SIZE }), ["BAD_REQUEST"]),
    admin ? listTeacherOptions(actor) : [],
    getT("TeachCourses"),
    getT("CourseStatus"),
    getLocale(),
    getTimeZone(),
    countUngraded(actor),
    getT("Grading"),
  ]);
  const filtered = FILTERS.some((name) => params[name]);

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
  const showAll = (
    <ButtonLink href={PATH} variant="secondary">
      {t("showAll")}
    </ButtonLink>
  );

  return (
    <Container size="wide" className="space-y-8 py-10">
      <PageHeader
        title={admin ? t("titleAdmin") : t("title")}
        description={result && !filtered && result.pagination.totalRecords > 0 ? t("description", { count: result.pagination.totalRecords }) : undefined}
        actions={newCourse}
      />
      <DataTableToolbar
        pathname={PATH}
        searchParams={params}
        label={t("filterLabel")}
        search={{ label: t("searchLabel"), placeholder: t("searchPlaceholder") }}
        filters={[
          { name: "status", label: t("status"), anyLabel: t("allStatuses"), options: courseStatusLabels.labels.map((status) => ({ value: status, label: statusName("name", { status }) })) },
          ...(admin ? [{ name: "teacherId", label: t("teacher"), anyLabel: t("allTeachers"), options: teachers.map((teacher) => ({ value: String(teacher.id), label: teacher.fullName })) }] : []),
        ]}
      />
      {result ? (
        <DataTable
          caption={t("caption", { count: result.pagination.totalRecords })}
          columns={columns}
          rows={result.courses}
          rowKey={(course) => course.id}
          pathname={PATH}
          searchParams={params}
          defaultSort="updated"
          pagination={result.pagination}
          empty={
            filtered ? (
              <EmptyState icon={<SearchIcon />} title={t("noMatchTitle")} description={t("noMatchText")} action={showAll} />
            ) : (
              <EmptyState icon={<BookIcon />} title={t("emptyTitle")} description={t("emptyText")} action={<ButtonLink href="/teach/courses/new">{t("createFirst")}</ButtonLink>} />
            )
          }
        />
      ) : (
        <EmptyState icon={<AlertIcon />} title={t("invalidTitle")} description={t("invalidText")} action={showAll} />
      )}
    </Container>
  );
}
