// The frame of every completion: one transaction that holds the student's enrolment lock,
// writes the completion (the write passed in), records the activity and recomputes progress,
// so concurrent completions neither duplicate a row nor double-count nor pass the attempt
// limit; the congratulation mail goes after the commit.
import type { Actor } from "@/lib/auth/actor";
import { db, type Tx } from "@/lib/db";
import { announceCompletions } from "@/lib/progress/announce-completions";
import { recomputeProgress } from "@/lib/progress/recompute-progress";
import { enrollmentStatusLabels } from "@/lib/shared/labels";
import { readContentState } from "./content-state";
import { type ContentRef, lockStudyEnrollment } from "./study-content";
import type { AttemptResult, ContentState } from "./views";

export type CompletionOutcome = ContentState & { progressPercentage: number; enrollmentStatus: string; attempt?: AttemptResult };

/** A write of one completion inside the locked transaction; returns the attempt for quizzes. */
export type CompletionWrite = (tx: Tx, enrollmentId: number, now: Date) => Promise<AttemptResult | void>;

/** Runs a completion write under the enrolment lock, recomputes progress, announces after commit. */
export async function recordCompletion(actor: Actor, ref: ContentRef, write: CompletionWrite): Promise<CompletionOutcome> {
  const now = new Date();
  const { attempt, progress, state } = await db.$transaction(async (tx) => {
    const enrollmentId = await lockStudyEnrollment(tx, actor.id, ref.courseId);
    const attempt = (await write(tx, enrollmentId, now)) ?? undefined;
    await tx.enrollment.update({ where: { id: enrollmentId }, data: { lastContentId: ref.contentId, lastActivityAt: now } });
    const progress = await recomputeProgress(tx, enrollmentId, now);
    const state = await readContentState(tx, actor.id, ref.contentId);
    const enrollment = await tx.enrollment.findUniqueOrThrow({ where: { id: enrollmentId }, select: { status: true, progressPercentage: true } });
    return { attempt, progress: { result: progress, ...enrollment }, state };
  });
  await announceCompletions([progress.result]);
  return {
    ...state,
    progressPercentage: Number(progress.progressPercentage),
    enrollmentStatus: enrollmentStatusLabels.label(progress.status),
    ...(attempt ? { attempt } : {}),
  };
}

