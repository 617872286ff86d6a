// One submission on its grading page: what the student handed in, the assignment it answers,
// and the next submission waiting in the actor's queue.
import type { Actor } from "@/lib/auth/actor";
import { canTeach } from "@/lib/auth/policy";
import { findTaughtCourse } from "@/lib/courses/taught-course";
import { db } from "@/lib/db";
import { completionRuleLabels } from "@/lib/shared/labels";
import { submissionNotFound } from "./find-submission";
import { queueOrder, ungradedWhere } from "./grading-queue";
import { submissionSelect, submittedWhere, toSubmissionView } from "./views";

export async function getSubmissionForGrading(actor: Actor, completionId: number) {
  if (!canTeach(actor)) throw submissionNotFound();
  const row = await db.completion.findFirst({
    where: { id: completionId, ...submittedWhere },
    select: {
      ...submissionSelect,
      submissionFileSize: true,
      completedAt: true,
      student: { select: { id: true, fullName: true, email: true } },
      gradedBy: { select: { fullName: true } },
      content: {
        select: { id: true, title: true, body: true, dueAt: true, completionRule: true, passMark: true, module: { select: { course: { select: { id: true, title: true, slug: true } } } } },
      },
    },
  });
  if (!row) throw submissionNotFound();
  const { course } = row.content.module;
  await findTaughtCourse(actor, course.id);
  const next = await db.completion.findFirst({ where: { ...ungradedWhere(actor), id: { not: row.id } }, orderBy: queueOrder, select: { id: true } });
  return {
    submission: toSubmissionView(row),
    fileSize: row.submissionFileSize,
    completed: row.completedAt !== null,
    gradedBy: row.gradedBy?.fullName ?? null,
    student: row.student,
    course,
    assignment: {
      id: row.content.id,
      title: row.content.title,
      instructions: row.content.body,
      dueAt: row.content.dueAt?.toISOString() ?? null,
      completionRule: completionRuleLabels.label(row.content.completionRule),
      passMark: row.content.passMark,
    },
    nextUngradedId: next?.id ?? null,
  };
}
export type SubmissionForGrading = Awaited<ReturnType<typeof getSubmissionForGrading>>;
