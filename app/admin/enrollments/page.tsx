// The admins' enrolments: every enrolment, filtered by status, course and student, with
// "Mark completed", "Set in progress" and "Delete" (each audited by the domain), and the CSV
// download of the filtered rows.
import type { Metadata } from "next";
import { getLocale, getTimeZone } from "next-intl/server";
import { AdminList, listText } from "@/components/admin/admin-list";
import { ConfirmAction } from "@/components/admin/confirm-action";
import { courseColumn, RowActions, StudentCell } from "@/components/admin/list-cells";
import { CourseStudentStatus } from "@/components/course-students/student-status";
import { formatDate, formatPercent } from "@/components/format";
import type { Column } from "@/components/ui/data-table";
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
      <RowActions>
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
      </RowActions>
    );
  };

  const columns: Column<AdminEnrollmentView>[] = [
    {
      key: "student",
      header: t("student"),
      cell: (e) => (
        <StudentCell
          name={e.student.fullName}
          email={e.student.email}
          phone={
            <>
              {e.courseTitle}
              <CourseStudentStatus status={statusKeyOf(e.status)} />
            </>
          }
        />
      ),
    },
    courseColumn(t("course"), (e) => ({ title: e.courseTitle, slug: e.courseSlug })),
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

  const filters = [
    { name: "status", label: t("statusFilter"), options: statusOptions, anyLabel: t("allStatuses") },
    { name: "courseId", label: t("courseFilter"), options: courses.map((c) => ({ value: String(c.id), label: c.title })), anyLabel: t("allCourses") },
  ];

  return (
    <AdminList
      path={PATH}
      searchParams={params}
      text={{ ...listText(t), caption: (count) => t("caption", { count }) }}
      exportParams={["q", "status", "courseId", "studentId", "sort"]}
      filters={filters}
      result={result && { rows: result.enrollments, pagination: result.pagination }}
      columns={columns}
      rowKey={(row) => row.id}
    />
  );
}
