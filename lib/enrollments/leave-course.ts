// Leaving a course (seed 003): the live enrolment is cancelled and no longer live, so the
// student may enrol again later; a pending invoice is cancelled with it. Completions stay
// with the student, so a later enrolment starts from the progress they had. A completed
// course is not left: its certificate stands for it.
import type { Actor } from "@/lib/auth/actor";
import { invalidatePublic } from "@/lib/cache/public-data";
import { db, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { assertCanManageUser } from "@/lib/users/policy";
import { enrollmentNotFound, enrollmentNotLive } from "./policy";
import { getEnrollment } from "./read-enrollments";

type LockedEnrollment = { id: number; courseId: number; status: string; live: boolean | null };

/** The student's enrolment, locked for the rest of the transaction; 404 when it is not theirs. */
export async function lockEnrollment(tx: Tx, userId: number, enrollmentId: number): Promise<LockedEnrollment> {
  const [row] = await tx.$queryRaw<LockedEnrollment[]>`
    SELECT id, "courseId", status::text AS status, live FROM "Enrollment" WHERE id = ${enrollmentId} AND "studentId" = ${userId} FOR UPDATE`;
  if (!row) throw enrollmentNotFound();
  return row;
}

/** Ends a live enrolment: Cancelled, not live, its pending invoices cancelled. */
export async function cancelEnrollment(tx: Tx, enrollmentId: number, now: Date) {
  await tx.enrollment.update({ where: { id: enrollmentId }, data: { status: "CANCELLED", live: null, cancelledAt: now, completedAt: null } });
  await tx.invoice.updateMany({ where: { enrollmentId, status: "PENDING" }, data: { status: "CANCELLED" } });
}

export async function leaveCourse(actor: Actor, userId: number, enrollmentId: number) {
  assertCanManageUser(actor, userId);
  const { courseId } = await db.$transaction(async (tx) => {
    const enrollment = await lockEnrollment(tx, userId, enrollmentId);
    if (!enrollment.live) throw enrollmentNotLive();
    if (enrollment.status === "COMPLETED") throw new AppError("CONFLICT", { key: "completedNotLeft" });
    await cancelEnrollment(tx, enrollment.id, new Date());
    return enrollment;
  });
  await invalidatePublic({ course: courseId });
  return getEnrollment(actor, userId, enrollmentId);
}
