import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { assertCanReadCertificatesOf, certificateNotFound } from "./policy";
import { certificateSelect, toCertificateView } from "./views";

/** One of the user's certificates; another user's id in the path finds nothing. */
export async function getCertificate(actor: Actor, userId: number, certificateId: number) {
  assertCanReadCertificatesOf(actor, userId);
  const row = await db.certificate.findFirst({ where: { id: certificateId, userId }, select: certificateSelect });
  if (!row) throw certificateNotFound();
  return toCertificateView(row);
}
