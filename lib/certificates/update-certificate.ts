import type { Actor } from "@/lib/auth/actor";
import { audit } from "@/lib/audit";
import { db } from "@/lib/db";
import { parseInput } from "@/lib/errors";
import { assertCanManageCertificates, certificateNotFound } from "./policy";
import { ZUpdateCertificateInput } from "./schemas";
import { certificateSelect, toCertificateView } from "./views";

/**
 * Admins revoke a certificate (it then never verifies) or reinstate it. Revoking one that is
 * already revoked keeps its first revocation date unless a new `revokedAt` is given.
 */
export async function updateCertificate(actor: Actor, userId: number, certificateId: number, input: unknown, { ip, now = new Date() }: { ip?: string; now?: Date } = {}) {
  assertCanManageCertificates(actor);
  const data = parseInput(ZUpdateCertificateInput, input);
  return db.$transaction(async (tx) => {
    const before = await tx.certificate.findFirst({ where: { id: certificateId, userId }, select: { revokedAt: true } });
    if (!before) throw certificateNotFound();
    const revokedAt =
      data.revokedAt !== undefined ? (data.revokedAt === null ? null : new Date(data.revokedAt)) : data.revoked ? (before.revokedAt ?? now) : null;
    const row = await tx.certificate.update({ where: { id: certificateId }, data: { revokedAt }, select: certificateSelect });
    if ((before.revokedAt?.getTime() ?? null) !== (revokedAt?.getTime() ?? null)) {
      await audit(
        {
          actorId: actor.id,
          action: revokedAt ? "certificate.revoke" : "certificate.reinstate",
          entity: "Certificate",
          entityId: certificateId,
          data: { userId, from: before.revokedAt?.toISOString() ?? null, to: revokedAt?.toISOString() ?? null },
          ip,
        },
        tx,
      );
    }
    return toCertificateView(row);
  });
}
