// The figures of a managed course in a table: its students and the share who completed,
// for the teaching area's list and the admins' one.
import { formatCount, formatPercent } from "@/components/format";
import type { Column } from "@/components/ui/data-table";
import type { ManagedCourseRow } from "@/lib/courses/teacher-courses";
import type { Locale } from "@/lib/i18n/locales";
import type { T } from "@/lib/i18n/translator";

export function courseFigureColumns(t: T<"TeachCourses">, locale: Locale): Column<ManagedCourseRow>[] {
  return [
    { key: "students", header: t("students"), sort: { desc: "students" }, cell: (course) => formatCount(course.studentsCount, locale), className: "text-right tabular-nums" },
    {
      key: "completion",
      header: t("completion"),
      cell: (course) =>
        course.completionRate === null ? (
          <span className="text-slate-500">
            <span aria-hidden="true">–</span>
            <span className="sr-only">{t("noStudents")}</span>
          </span>
        ) : (
          formatPercent(course.completionRate, locale)
        ),
      className: "text-right tabular-nums",
    },
  ];
}
