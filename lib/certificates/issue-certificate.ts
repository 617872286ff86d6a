// Issuing a course's certificate when an enrolment completes: one per enrolment, with a code
// nobody can guess (128 random bits, base32 without look-alike letters, grouped for reading).
import { randomBytes } from "node:crypto";
import type { Tx } from "@/lib/db";

const ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

/** 26 characters of a 32-letter alphabet (130 bits), as XXXXX-XXXXX-XXXXX-XXXXX-XXXXXX. */
export function certificateCode(): string {
  const bytes = randomBytes(26);
  const chars = Array.from(bytes, (byte) => ALPHABET[byte % 32]).join("");
  return chars.match(/.{1,5}/g)!.join("-").replace(/-(\w)$/, "$1");
}

export type IssuedCertificate = { id: number; code: string; userId: number; courseId: number; enrollmentId: number; issuedAt: Date };

/** The enrolment's certificate, issued now unless it already has one. */
export async function issueCertificate(tx: Tx, enrollment: { id: number; studentId: number; courseId: number }, now = new Date()): Promise<IssuedCertificate> {
  const existing = await tx.certificate.findUnique({ where: { enrollmentId: enrollment.id } });
  if (existing) return existing;
  return tx.certificate.create({
    data: { userId: enrollment.studentId, courseId: enrollment.courseId, enrollmentId: enrollment.id, code: certificateCode(), issuedAt: now },
  });
}
