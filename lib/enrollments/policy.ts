// Who enrols: students only (seed 000); teachers and admins preview a course instead.
// Enrolments are their student's and the admins': another student's is "not found".
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";

export const canEnrol = (actor: { role: string } | null) => actor?.role === "STUDENT";

export function assertCanEnrol(actor: Actor) {
  if (!canEnrol(actor)) throw new AppError("FORBIDDEN", { key: "enrolStudentsOnly" });
}

export const alreadyEnrolled = () => new AppError("CONFLICT", { key: "alreadyEnrolled" });
export const enrollmentNotLive = () => new AppError("CONFLICT", { key: "enrollmentNotLive" });
export const enrollmentNotFound = () => new AppError("NOT_FOUND", { key: "enrollmentNotFound" });

/** The one-live-enrolment index refused a second live enrolment. */
export const isUniqueViolation = (error: unknown) => error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
