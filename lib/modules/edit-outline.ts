// Every change to a course's curriculum (modules, contents, their order) runs here: in one
// transaction that first locks the course row, so concurrent edits of one outline run one
// after another and positions stay dense; it marks the course as edited ("last edited" on
// /teach), and once committed makes the public outline of a published or archived course
// show the change. Adding or removing content moves every enrolment's progress
// (`reprogress`), which may complete a course and issue certificates.
import type { Actor } from "@/lib/auth/actor";
import { invalidatePublic } from "@/lib/cache/public-data";
import { findManagedCourse } from "@/lib/courses/managed-course";
import { db, type Tx } from "@/lib/db";
import { announceCompletions } from "@/lib/progress/announce-completions";
import { type ProgressResult, recomputeCourseProgress } from "@/lib/progress/recompute-progress";

export type ManagedCourse = Awaited<ReturnType<typeof findManagedCourse>>;

// Waiting for the lock counts against the transaction's time: leave room for a queue of
// editors on a busy server.
const TRANSACTION_LIMITS = { maxWait: 10_000, timeout: 20_000 };

export async function editOutline<T>(
  actor: Actor,
  courseId: number,
  work: (tx: Tx, course: ManagedCourse) => Promise<T>,
  opts: { reprogress?: boolean } = {},
): Promise<T> {
  const { result, course, progress } = await db.$transaction(async (tx) => {
    const course = await findManagedCourse(actor, courseId, { tx, lock: true });
    const result = await work(tx, course);
    await tx.course.update({ where: { id: courseId }, data: { updatedAt: new Date() }, select: { id: true } });
    const progress: ProgressResult[] = opts.reprogress ? await recomputeCourseProgress(tx, courseId) : [];
    return { result, course, progress };
  }, TRANSACTION_LIMITS);
  // Drafts are not in the public cache.
  if (course.status !== "DRAFT") await invalidatePublic({ course: courseId });
  await announceCompletions(progress);
  return result;
}
