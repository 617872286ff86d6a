// The Students tab's list: search and status filter, sortable columns, pages, and the CSV
// download of the rows the filter shows (every page of them).
import { formatDate, formatPercent } from "@/components/format";
import { buttonClasses, ButtonLink } from "@/components/ui/button";
import { type Column, DataTable } from "@/components/ui/data-table";
import { DataTableToolbar } from "@/components/ui/data-table-toolbar";
import { EmptyState } from "@/components/ui/empty-state";
import { AlertIcon, SearchIcon, UsersIcon } from "@/components/ui/icons";
import type { SearchParams } from "@/components/ui/pagination";
import { ProgressBar } from "@/components/ui/progress-bar";
import { CourseStudentStatus } from "@/components/course-students/student-status";
import type { listCourseStudents } from "@/lib/course-students/list-course-students";
import type { CourseStudentView } from "@/lib/course-students/view-schemas";
import type { Locale } from "@/lib/i18n/locales";
import { getT } from "@/lib/i18n/translator";
import { enrollmentStatusLabels } from "@/lib/shared/labels";
import { statusKeyOf } from "@/lib/course-students/status";

type StudentsTableProps = {
  courseId: number;
  /** null when the URL asks for a filter or sort that does not exist. */
  result: Awaited<ReturnType<typeof listCourseStudents>> | null;
  searchParams: SearchParams;
  locale: Locale;
  timeZone: string;
};

const FILTERS = ["q", "status"];
const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export async function StudentsTable({ courseId, result, searchParams, locale, timeZone }: StudentsTableProps) {
  const t = await getT("Students");
  const path = `/teach/courses/${courseId}/students`;
  const filtered = FILTERS.some((name) => first(searchParams[name]));
  const exportQuery = new URLSearchParams(
    ["q", "status", "sort"].flatMap((name) => {
      const value = first(searchParams[name]);
      return value ? [[name, value]] : [];
    }),
  ).toString();
  const showAll = (
    <ButtonLink href={path} variant="secondary">
      {t("showAll")}
    </ButtonLink>
  );

  const columns: Column<CourseStudentView>[] = [
    {
      key: "student",
      header: t("student"),
      sort: { asc: "name", desc: "name-desc" },
      cell: (row) => (
        <span className="block min-w-44">
          <span className="block font-medium text-slate-900">{row.student.fullName}</span>
          <span className="block text-xs break-all text-slate-600">{row.student.email}</span>
        </span>
      ),
    },
    { key: "status", header: t("status"), cell: (row) => <CourseStudentStatus status={statusKeyOf(row.status)} /> },
    {
      key: "progress",
      header: t("progress"),
      sort: { asc: "progress-asc", desc: "progress" },
      cell: (row) => (
        <span className="flex min-w-32 items-center gap-2">
          <ProgressBar value={row.progressPercentage / 100} label={t("progressOf", { name: row.student.fullName })} tone={row.status === "Completed" ? "success" : "brand"} className="w-20" />
          <span className="text-sm tabular-nums">{formatPercent(row.progressPercentage / 100, locale)}</span>
        </span>
      ),
    },
    {
      key: "activity",
      header: t("lastActivity"),
      sort: { asc: "activity-asc", desc: "activity" },
      cell: (row) => formatDate(row.lastActivityAt, locale, timeZone) ?? <span className="text-slate-600">{t("never")}</span>,
      className: "whitespace-nowrap",
    },
    { key: "enrolled", header: t("enrolled"), sort: { asc: "enrolled-asc", desc: "enrolled" }, cell: (row) => formatDate(row.enrolledAt, locale, timeZone), className: "whitespace-nowrap" },
    {
      key: "quizzes",
      header: t("quizzes"),
      cell: ({ quizzes }) =>
        quizzes.averageScore === null ? (
          <span className="text-slate-600">{t("noAttempts")}</span>
        ) : (
          <span className="block whitespace-nowrap">
            <span className="block tabular-nums">{formatPercent(quizzes.averageScore / 100, locale)}</span>
            <span className="block text-xs text-slate-600">{t("quizzesTaken", { taken: quizzes.taken, total: quizzes.total })}</span>
          </span>
        ),
    },
    {
      key: "assignments",
      header: t("assignments"),
      cell: ({ assignments }) =>
        assignments.total === 0 ? (
          <span className="text-slate-600">{t("noAssignments")}</span>
        ) : (
          <span className="block whitespace-nowrap">
            <span className="block">{t("assignmentsSubmitted", { submitted: assignments.submitted, total: assignments.total })}</span>
            <span className="block text-xs text-slate-600">
              {t("assignmentsGraded", { graded: assignments.graded })}
              {assignments.late > 0 && ` · ${t("assignmentsLate", { late: assignments.late })}`}
            </span>
          </span>
        ),
    },
  ];

  return (
    <section aria-labelledby="students-list" className="space-y-5">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <h2 id="students-list" className="text-xl font-semibold text-slate-900">
          {t("listTitle")}
        </h2>
        {result && result.pagination.totalRecords > 0 && (
          <a href={`${path}/export${exportQuery ? `?${exportQuery}` : ""}`} download className={buttonClasses({ variant: "secondary" })}>
            {t("downloadCsv")}
          </a>
        )}
      </div>
      <DataTableToolbar
        pathname={path}
        searchParams={searchParams}
        label={t("filterLabel")}
        search={{ label: t("searchLabel"), placeholder: t("searchPlaceholder") }}
        filters={[
          {
            name: "status",
            label: t("status"),
            anyLabel: t("allStatuses"),
            options: enrollmentStatusLabels.keys.map((key) => ({ value: enrollmentStatusLabels.label(key), label: t("statusName", { status: key }) })),
          },
        ]}
      />
      {result ? (
        <DataTable
          caption={t("caption")}
          columns={columns}
          rows={result.students}
          rowKey={(row) => row.enrollmentId}
          pathname={path}
          searchParams={searchParams}
          defaultSort="name"
          pagination={result.pagination}
          empty={
            filtered ? (
              <EmptyState size="sm" titleAs="p" icon={<SearchIcon />} title={t("noMatchTitle")} description={t("noMatchText")} action={showAll} />
            ) : (
              <EmptyState size="sm" titleAs="p" icon={<UsersIcon />} title={t("emptyTitle")} description={t("emptyText")} />
            )
          }
        />
      ) : (
        <EmptyState size="sm" titleAs="p" icon={<AlertIcon />} title={t("invalidTitle")} description={t("invalidText")} action={showAll} />
      )}
    </section>
  );
}
