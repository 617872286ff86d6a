import type { Actor } from "@/lib/auth/actor";
import { audit } from "@/lib/audit";
import { db } from "@/lib/db";
import { assertCanManageCertificates, certificateNotFound } from "./policy";

/** Admins delete a certificate issued in error; its code then verifies as not found. The audit entry keeps what it was. */
export async function deleteCertificate(actor: Actor, userId: number, certificateId: number, opts: { ip?: string } = {}): Promise<void> {
  assertCanManageCertificates(actor);
  await db.$transaction(async (tx) => {
    const row = await tx.certificate.findFirst({ where: { id: certificateId, userId }, select: { code: true, courseId: true, enrollmentId: true } });
    if (!row) throw certificateNotFound();
    await tx.certificate.delete({ where: { id: certificateId } });
    await audit({ actorId: actor.id, action: "certificate.delete", entity: "Certificate", entityId: certificateId, data: { userId, ...row }, ip: opts.ip }, tx);
  });
}
