// The CSV export of the admins' enrolments list: the same filters and order, dates as
// ISO-8601 UTC, headers and statuses in the reader's language.
import type { Actor } from "@/lib/auth/actor";
import { statusKeyOf } from "@/lib/course-students/status";
import type { Locale } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/translator";
import { csvFileName, toCsv } from "@/lib/shared/csv";
import { allEnrollments } from "./list-all-enrollments";
import type { AdminEnrollmentView } from "./views";

export async function enrollmentsCsv(actor: Actor, input: unknown, locale: Locale, now = new Date()) {
  const enrollments = await allEnrollments(actor, input);
  const t = translatorFor(locale, "AdminExports");
  const ts = translatorFor(locale, "Students");
  const header = [t("id"), t("studentName"), t("studentEmail"), t("course"), t("status"), t("progress"), t("enrolledAt"), t("completedAt"), t("cancelledAt")];
  const row = (e: AdminEnrollmentView) => [
    e.id,
    e.student.fullName,
    e.student.email,
    e.courseTitle,
    ts("statusName", { status: statusKeyOf(e.status) }),
    e.progressPercentage,
    e.enrolledAt,
    e.completedAt,
    e.cancelledAt,
  ];
  return { csv: toCsv([header, ...enrollments.map(row)]), fileName: csvFileName("enrollments", now) };
}
