// The admins' enrolments: every enrolment, filtered by status, course and student, with
// "Mark completed", "Set in progress" and "Delete" (each audited by the domain), and the CSV
// download of the filtered rows.
import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTimeZone } from "next-intl/server";
import { ConfirmAction } from "@/components/admin/confirm-action";
import { CsvExportLink } from "@/components/admin/csv-export-link";
import { CourseStudentStatus } from "@/components/course-students/student-status";
import { formatDate, formatPercent } from "@/components/format";
import { Container } from "@/components/ui/container";
import { type Column, DataTable } from "@/components/ui/data-table";
import { DataTableToolbar } from "@/components/ui/data-table-toolbar";
import { EmptyState } from "@/components/ui/empty-state";
import { AlertIcon, ListIcon } from "@/components/ui/icons";
import { PageHeader } from "@/components/ui/page-header";
import type { SearchParams } from "@/components/ui/pagination";
import { ProgressBar } from "@/components/ui/progress-bar";
import { ADMIN_ROLES } from "@/lib/auth/policy";
import { requireSessionActor } from "@/lib/auth/session";
import { statusKeyOf } from "@/lib/course-students/status";
import { listCourseOptions } from "@/lib/courses/course-options";
import { listAllEnrollments } from "@/lib/enrollments/list-all-enrollments";
import type { AdminEnrollmentView } from "@/lib/enrollments/views";
import { nullOn } from "@/lib/errors";
import { getT } from "@/lib/i18n/translator";
import { enrollmentStatusLabels } from "@/lib/shared/labels";
import { deleteEnrollmentAction, updateEnrollmentAction } from "./actions";

const PATH = "/admin/enrollments";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT("AdminEnrollments"))("title") };
}

export default async function AdminEnrollmentsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requireSessionActor({ roles: ADMIN_ROLES, returnTo: PATH });
  const [params, t, ts, locale, timeZone] = await Promise.all([searchParams, getT("AdminEnrollments"), getT("Students"), getLocale(), getTimeZone()]);
  const [result, courses] = await Promise.all([nullOn(listAllEnrollments(actor, { ...params, limit: 20 }), ["BAD_REQUEST"]), listCourseOptions(actor)]);

  const rowActions = (e: AdminEnrollmentView) => {
    const ref = { userId: e.userId, enrollmentId: e.id };
    const names = { student: e.student.fullName, course: e.courseTitle };
    return (
      <div className="flex flex-col items-end gap-2 sm:flex-row sm:flex-wrap sm:justify-end">
        {e.status !== "Completed" && (
          <ConfirmAction
            run={updateEnrollmentAction}
            input={{ ...ref, status: "Completed" }}
            labels={{ trigger: t("complete"), title: t("completeTitle"), description: t("completeText", names), confirm: t("complete"), cancel: t("keep"), done: t("completed", names) }}
          />
        )}
        {e.status !== "In Progress" && (
          <ConfirmAction
            run={updateEnrollmentAction}
            input={{ ...ref, status: "In Progress" }}
            labels={{ trigger: t("resume"), title: t("resumeTitle"), description: t("resumeText", names), confirm: t("resume"), cancel: t("keep"), done: t("resumed", names) }}
          />
        )}
        <ConfirmAction
          run={deleteEnrollmentAction}
          input={ref}
          tone="danger"
          labels={{ trigger: t("delete"), title: t("deleteTitle"), description: t("deleteText", names), confirm: t("delete"), cancel: t("keep"), done: t("deleted") }}
        />
      </div>
    );
  };

  const columns: Column<AdminEnrollmentView>[] = [
    {
      key: "student",
      header: t("student"),
      cell: (e) => (
        <div className="min-w-28">
          <p className="font-medium text-slate-900">{e.student.fullName}</p>
          <p className="text-xs break-all text-slate-600">{e.student.email}</p>
          <p className="mt-1 text-xs text-slate-600 md:hidden">{e.courseTitle}</p>
          <p className="mt-1 sm:hidden">
            <CourseStudentStatus status={statusKeyOf(e.status)} />
          </p>
        </div>
      ),
    },
    {
      key: "course",
      header: t("course"),
      cell: (e) => (
        <Link href={`/courses/${e.courseSlug}`} className="text-link">
          {e.courseTitle}
        </Link>
      ),
      className: "hidden md:table-cell",
    },
    { key: "status", header: t("status"), cell: (e) => <CourseStudentStatus status={statusKeyOf(e.status)} />, className: "hidden sm:table-cell" },
    {
      key: "progress",
      header: t("progress"),
      cell: (e) => (
        <span className="flex min-w-28 items-center gap-2">
          <ProgressBar value={e.progressPercentage / 100} label={ts("progressOf", { name: e.student.fullName })} tone={e.status === "Completed" ? "success" : "brand"} className="w-16" />
          <span className="text-sm tabular-nums">{formatPercent(e.progressPercentage / 100, locale)}</span>
        </span>
      ),
      className: "hidden sm:table-cell",
    },
    { key: "enrolled", header: t("enrolledAt"), cell: (e) => formatDate(e.enrolledAt, locale, timeZone), className: "hidden whitespace-nowrap lg:table-cell" },
    { key: "completed", header: t("completedAt"), cell: (e) => formatDate(e.completedAt, locale, timeZone) ?? "—", className: "hidden whitespace-nowrap lg:table-cell" },
    { key: "actions", header: <span className="sr-only">{t("actions")}</span>, cell: rowActions, className: "text-right" },
  ];

  const statusOptions = enrollmentStatusLabels.keys.map((key) => ({ value: enrollmentStatusLabels.label(key), label: ts("statusName", { status: key }) }));

  return (
    <Container size="wide" className="space-y-8 py-10">
      <PageHeader
        eyebrow={
          <Link href="/admin" className="text-link">
            {t("backToAdmin")}
          </Link>
        }
        title={t("title")}
        description={t("description")}
        actions={<CsvExportLink href={`${PATH}/export`} searchParams={params} names={["q", "status", "courseId", "studentId", "sort"]} label={t("exportCsv")} />}
      />
      <DataTableToolbar
        pathname={PATH}
        searchParams={params}
        label={t("filterLabel")}
        search={{ label: t("searchLabel"), placeholder: t("searchPlaceholder") }}
        filters={[
          { name: "status", label: t("statusFilter"), options: statusOptions, anyLabel: t("allStatuses") },
          { name: "courseId", label: t("courseFilter"), options: courses.map((c) => ({ value: String(c.id), label: c.title })), anyLabel: t("allCourses") },
        ]}
      />
      {result ? (
        <DataTable
          caption={t("caption", { count: result.pagination.totalRecords })}
          columns={columns}
          rows={result.enrollments}
          rowKey={(e) => e.id}
          pathname={PATH}
          searchParams={params}
          pagination={result.pagination}
          empty={<EmptyState icon={<ListIcon className="size-6" />} title={t("emptyTitle")} description={t("emptyText")} />}
        />
      ) : (
        <EmptyState icon={<AlertIcon className="size-6" />} title={t("invalidTitle")} description={t("invalidText")} />
      )}
    </Container>
  );
}
