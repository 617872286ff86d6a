// The admins' changes to an enrolment (seed 001 PATCH and DELETE), audited:
//   Completed   — completedAt now and the certificate issued (a congratulation mail follows);
//   In Progress — access granted (from Unpaid, its pending invoice is cancelled), progress
//                 recomputed; a cancelled enrolment comes back to life unless another is live;
//   Unpaid      — access withdrawn until paid; a paid course gets a new invoice if none is pending;
//   Cancelled   — as if the student left.
import type { Actor } from "@/lib/auth/actor";
import { audit } from "@/lib/audit";
import { invalidatePublic } from "@/lib/cache/public-data";
import { issueCertificate } from "@/lib/certificates/issue-certificate";
import { db, type Tx } from "@/lib/db";
import { parseInput } from "@/lib/errors";
import type { EnrollmentStatus } from "@/lib/generated/prisma/enums";
import { issueInvoice } from "@/lib/invoices/issue-invoice";
import { announceCompletions } from "@/lib/progress/announce-completions";
import { type ProgressResult, recomputeProgress } from "@/lib/progress/recompute-progress";
import { assertAdmin } from "@/lib/users/policy";
import { cancelEnrollment, lockEnrollment } from "./leave-course";
import { alreadyEnrolled, enrollmentNotFound, isUniqueViolation } from "./policy";
import { getEnrollment } from "./read-enrollments";
import { ZUpdateEnrollmentInput } from "./schemas";

type Locked = Awaited<ReturnType<typeof lockEnrollment>>;
type Ctx = { tx: Tx; enrollment: Locked; studentId: number; now: Date };

/** Makes a cancelled enrolment live again (the unique index refuses if another one is live). */
async function revive({ tx, enrollment }: Ctx) {
  if (!enrollment.live) await tx.enrollment.update({ where: { id: enrollment.id }, data: { live: true, cancelledAt: null } });
}

const transitions: Record<EnrollmentStatus, (ctx: Ctx) => Promise<ProgressResult | null>> = {
  COMPLETED: async (ctx) => {
    const { tx, enrollment, studentId, now } = ctx;
    if (enrollment.status === "COMPLETED") return null;
    await revive(ctx);
    await tx.invoice.updateMany({ where: { enrollmentId: enrollment.id, status: "PENDING" }, data: { status: "CANCELLED" } });
    await tx.enrollment.update({ where: { id: enrollment.id }, data: { status: "COMPLETED", completedAt: now } });
    const certificate = await issueCertificate(tx, { id: enrollment.id, studentId, courseId: enrollment.courseId }, now);
    const { progressPercentage } = await tx.enrollment.findUniqueOrThrow({ where: { id: enrollment.id }, select: { progressPercentage: true } });
    return { enrollmentId: enrollment.id, studentId, courseId: enrollment.courseId, progressPercentage: Number(progressPercentage), completedNow: certificate };
  },
  IN_PROGRESS: async (ctx) => {
    const { tx, enrollment, now } = ctx;
    await revive(ctx);
    await tx.invoice.updateMany({ where: { enrollmentId: enrollment.id, status: "PENDING" }, data: { status: "CANCELLED" } });
    await tx.enrollment.update({ where: { id: enrollment.id }, data: { status: "IN_PROGRESS", completedAt: null } });
    return recomputeProgress(tx, enrollment.id, now);
  },
  UNPAID: async (ctx) => {
    const { tx, enrollment, now } = ctx;
    await revive(ctx);
    await tx.enrollment.update({ where: { id: enrollment.id }, data: { status: "UNPAID", completedAt: null } });
    const { priceIDR } = await tx.course.findUniqueOrThrow({ where: { id: enrollment.courseId }, select: { priceIDR: true } });
    const pending = await tx.invoice.findFirst({ where: { enrollmentId: enrollment.id, status: "PENDING" }, select: { id: true } });
    if (priceIDR > 0 && !pending) await issueInvoice(tx, { enrollmentId: enrollment.id, amountIDR: priceIDR }, now);
    return null;
  },
  CANCELLED: async ({ tx, enrollment, now }) => {
    if (enrollment.live) await cancelEnrollment(tx, enrollment.id, now);
    return null;
  },
};

export async function updateEnrollment(actor: Actor, userId: number, enrollmentId: number, input: unknown, opts: { ip?: string } = {}) {
  assertAdmin(actor);
  const { status } = parseInput(ZUpdateEnrollmentInput, input);
  const { progress, courseId } = await db
    .$transaction(async (tx) => {
      const enrollment = await lockEnrollment(tx, userId, enrollmentId);
      const progress = await transitions[status]({ tx, enrollment, studentId: userId, now: new Date() });
      await audit({ actorId: actor.id, action: "enrollment.update", entity: "Enrollment", entityId: enrollmentId, data: { userId, from: enrollment.status, to: status }, ip: opts.ip }, tx);
      return { progress, courseId: enrollment.courseId };
    })
    .catch((error: unknown) => {
      throw isUniqueViolation(error) ? alreadyEnrolled() : error;
    });
  await announceCompletions([progress]);
  await invalidatePublic({ course: courseId });
  return getEnrollment(actor, userId, enrollmentId);
}

/** Deletes the enrolment with its invoices and certificate (the student's completions stay). */
export async function deleteEnrollment(actor: Actor, userId: number, enrollmentId: number, opts: { ip?: string } = {}) {
  assertAdmin(actor);
  const courseId = await db.$transaction(async (tx) => {
    const enrollment = await tx.enrollment.findFirst({ where: { id: enrollmentId, studentId: userId }, select: { id: true, courseId: true, status: true } });
    if (!enrollment) throw enrollmentNotFound();
    await tx.enrollment.delete({ where: { id: enrollment.id } });
    await audit({ actorId: actor.id, action: "enrollment.delete", entity: "Enrollment", entityId: enrollmentId, data: { userId, courseId: enrollment.courseId, status: enrollment.status }, ip: opts.ip }, tx);
    return enrollment.courseId;
  });
  await invalidatePublic({ course: courseId });
}
