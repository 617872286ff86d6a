// The CSV export of a course's students: the same rows and order as the list, every figure
// in its own column, dates as ISO-8601 UTC, headers in the reader's language.
import type { Actor } from "@/lib/auth/actor";
import type { Locale } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/translator";
import { csvFileName, toCsv } from "@/lib/shared/csv";
import { statusKeyOf } from "./status";
import { allCourseStudents } from "./list-course-students";
import type { CourseStudentsInput } from "./schemas";
import type { CourseStudentView } from "./view-schemas";

/** The export as a file: its text and its name. */
export async function courseStudentsCsv(actor: Actor, courseId: number, input: CourseStudentsInput | Record<string, unknown>, locale: Locale, now = new Date()) {
  const [{ course, students }, t] = await Promise.all([allCourseStudents(actor, courseId, input), translatorFor(locale, "Students")]);
  const header = [
    t("csv.name"),
    t("csv.email"),
    t("csv.status"),
    t("csv.progress"),
    t("csv.enrolledAt"),
    t("csv.lastActivityAt"),
    t("csv.completedAt"),
    t("csv.quizzesTaken"),
    t("csv.quizAverage"),
    t("csv.assignmentsSubmitted"),
    t("csv.assignmentsGraded"),
    t("csv.assignmentsLate"),
  ];
  const row = (s: CourseStudentView) => [
    s.student.fullName,
    s.student.email,
    t("statusName", { status: statusKeyOf(s.status) }),
    s.progressPercentage,
    s.enrolledAt,
    s.lastActivityAt,
    s.completedAt,
    s.quizzes.taken,
    s.quizzes.averageScore,
    s.assignments.submitted,
    s.assignments.graded,
    s.assignments.late,
  ];
  // The course's slug and the day, e.g. "python-basics-students-2026-11-24.csv".
  return { csv: toCsv([header, ...students.map(row)]), fileName: csvFileName(`${course.slug}-students`, now) };
}
