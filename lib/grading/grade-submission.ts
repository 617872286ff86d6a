// Grading a handed-in assignment: the course's teacher or an admin sets a grade out of 100
// and markdown feedback. An assignment that completes on a passing grade is completed by the
// first grade at or above its pass mark, and the student's progress is recomputed in the same
// transaction; a completed assignment stays completed when it is re-graded lower. The student
// is mailed after the commit; an admin's grade is audited.
import type { Actor } from "@/lib/auth/actor";
import { isAdmin } from "@/lib/auth/policy";
import { audit } from "@/lib/audit";
import { findTaughtCourse } from "@/lib/courses/taught-course";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { parseInput } from "@/lib/errors";
import { DEFAULT_LOCALE } from "@/lib/i18n/locales";
import { log } from "@/lib/log";
import { assignmentGradedMail } from "@/lib/mail/grading-mails";
import { sendMail } from "@/lib/mail/send-mail";
import { mailWordingFor } from "@/lib/mail/templates";
import { announceCompletions } from "@/lib/progress/announce-completions";
import { liveEnrollmentId, type ProgressResult, recomputeProgress } from "@/lib/progress/recompute-progress";
import { lockSubmission } from "./find-submission";
import { type GradeInput, ZGradeInput } from "./schemas";
import { submissionSelect, toSubmissionView } from "./views";

/** Where the student reads the grade: the assignment in the reader. */
export const assignmentUrl = (courseSlug: string, contentId: number) => `${env().APP_URL}/learn/${courseSlug}/${contentId}`;

export async function gradeSubmission(actor: Actor, courseId: number, completionId: number, input: GradeInput | Record<string, unknown>, now = new Date()) {
  const { grade, feedback } = parseInput(ZGradeInput, input);
  const { row, progress } = await db.$transaction(async (tx) => {
    await findTaughtCourse(actor, courseId, { tx });
    await lockSubmission(tx, courseId, completionId);
    const before = await tx.completion.findUniqueOrThrow({
      where: { id: completionId },
      select: { studentId: true, completedAt: true, content: { select: { completionRule: true, passMark: true } } },
    });
    const { completionRule, passMark } = before.content;
    const completes = !before.completedAt && completionRule === "ON_PASSING_GRADE" && passMark !== null && grade >= passMark;
    const row = await tx.completion.update({
      where: { id: completionId },
      data: { grade, feedback: feedback || null, gradedAt: now, gradedById: actor.id, ...(completes ? { completedAt: now } : {}) },
      select: {
        ...submissionSelect,
        student: { select: { email: true, fullName: true, locale: true } },
        content: { select: { title: true, module: { select: { course: { select: { title: true, slug: true } } } } } },
      },
    });
    let progress: ProgressResult | null = null;
    if (completes) {
      const enrollmentId = await liveEnrollmentId(tx, before.studentId, courseId);
      if (enrollmentId) progress = await recomputeProgress(tx, enrollmentId, now);
    }
    if (isAdmin(actor)) {
      await audit({ actorId: actor.id, action: "submission.grade", entity: "Completion", entityId: completionId, data: { courseId, studentId: before.studentId, grade } }, tx);
    }
    return { row, progress };
  });

  await announceCompletions([progress]);
  await mailGrade(row);
  return toSubmissionView(row);
}

type GradedRow = {
  id: number;
  contentId: number;
  grade: number | null;
  student: { email: string; fullName: string; locale: "en" | "id" | null };
  content: { title: string; module: { course: { title: string; slug: string } } };
};

// A failed mail is logged: the grade stands, and the student sees it in the reader.
async function mailGrade(row: GradedRow) {
  const { student, content } = row;
  try {
    const wording = await mailWordingFor(student.locale ?? DEFAULT_LOCALE);
    const mail = assignmentGradedMail(
      { fullName: student.fullName, assignmentTitle: content.title, courseTitle: content.module.course.title, grade: row.grade ?? 0, url: assignmentUrl(content.module.course.slug, row.contentId) },
      wording,
    );
    await sendMail({ to: student.email, ...mail });
  } catch (error) {
    log.error({ err: error, completionId: row.id }, "assignment-graded mail failed");
  }
}
