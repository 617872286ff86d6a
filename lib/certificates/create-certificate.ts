import type { Actor } from "@/lib/auth/actor";
import { audit } from "@/lib/audit";
import { db } from "@/lib/db";
import { AppError, notFound, parseInput } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { issueCertificate } from "./issue-certificate";
import { assertCanManageCertificates } from "./policy";
import { ZCreateCertificateInput } from "./schemas";
import { certificateSelect, toCertificateView } from "./views";

const exists = () => new AppError("CONFLICT", { key: "certificateExists" });

/**
 * Admins issue the certificate of a user's completed enrolment by hand, e.g. after marking
 * it completed or after deleting a certificate issued in error. One certificate per
 * enrolment: a second one is a 409, also when two admins try at once (the unique index).
 */
export async function createCertificate(actor: Actor, userId: number, input: unknown, opts: { ip?: string } = {}) {
  assertCanManageCertificates(actor);
  const data = parseInput(ZCreateCertificateInput, input);
  const courseId = data.courseId ?? data.programId;
  try {
    return await db.$transaction(async (tx) => {
      if (!(await tx.user.findUnique({ where: { id: userId }, select: { id: true } }))) throw notFound("User");
      // By course: the live enrolment (a cancelled one never earns a certificate).
      const found = await tx.enrollment.findFirst({
        where: data.enrollmentId !== undefined ? { id: data.enrollmentId, studentId: userId } : { studentId: userId, courseId, live: true },
        select: { id: true },
      });
      if (!found) throw new AppError("NOT_FOUND", { key: "certificateEnrollmentNotFound" });
      // Under the enrolment's lock (the one progress takes too), its state and certificate
      // cannot change before this transaction ends.
      await tx.$queryRaw`SELECT id FROM "Enrollment" WHERE id = ${found.id} FOR UPDATE`;
      const enrollment = await tx.enrollment.findUniqueOrThrow({
        where: { id: found.id },
        select: { id: true, studentId: true, courseId: true, status: true, certificate: { select: { id: true } } },
      });
      if (enrollment.certificate) throw exists();
      if (enrollment.status !== "COMPLETED") throw new AppError("CONFLICT", { key: "certificateEnrollmentNotCompleted" });
      const issued = await issueCertificate(tx, enrollment);
      await audit({ actorId: actor.id, action: "certificate.create", entity: "Certificate", entityId: issued.id, data: { userId, enrollmentId: enrollment.id, courseId: enrollment.courseId }, ip: opts.ip }, tx);
      return toCertificateView(await tx.certificate.findUniqueOrThrow({ where: { id: issued.id }, select: certificateSelect }));
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw exists();
    throw error;
  }
}
