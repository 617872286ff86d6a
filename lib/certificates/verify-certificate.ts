// Public verification: anyone with the code learns whether it stands. A revoked certificate
// is reported as revoked, never as valid; an unknown code is simply not found.
import { db } from "@/lib/db";
import { certificateNotFound } from "./policy";
import { ZCertificateCode } from "./schemas";
import { type CertificateVerification, certificateSelect, toVerificationView } from "./views";

/** The certificate behind a code, or null when no certificate has it. */
export async function findCertificateByCode(code: string): Promise<CertificateVerification | null> {
  const parsed = ZCertificateCode.safeParse(code);
  if (!parsed.success) return null;
  const row = await db.certificate.findUnique({ where: { code: parsed.data }, select: certificateSelect });
  return row ? toVerificationView(row) : null;
}

/** As findCertificateByCode, but an unknown code is a 404. */
export async function verifyCertificate(code: string): Promise<CertificateVerification> {
  const found = await findCertificateByCode(code);
  if (!found) throw certificateNotFound();
  return found;
}
