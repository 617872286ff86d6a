// The certificate as the API shows it, for the OpenAPI document and answer checks in tests.
import { z } from "zod";
import { ZTimestamp } from "@/lib/api/contract-schemas";

export const ZCertificateView = z
  .object({
    id: z.number().int(),
    code: z.string(),
    userId: z.number().int(),
    courseId: z.number().int(),
    programId: z.number().int().meta({ description: "The same as courseId: the contract calls courses programs." }),
    enrollmentId: z.number().int(),
    issuedAt: ZTimestamp,
    revokedAt: ZTimestamp.nullable(),
    verificationUrl: z.url(),
    courseTitle: z.string(),
    courseSlug: z.string(),
    studentName: z.string(),
    teacherName: z.string(),
  })
  .meta({ id: "Certificate" });

export const ZAdminCertificateView = ZCertificateView.extend({ studentEmail: z.string() }).meta({ id: "AdminCertificate" });

export const ZCertificateVerification = z
  .object({
    code: z.string(),
    status: z.enum(["Valid", "Revoked"]),
    valid: z.boolean(),
    studentName: z.string(),
    courseTitle: z.string(),
    courseSlug: z.string(),
    teacherName: z.string(),
    issuedAt: ZTimestamp,
    revokedAt: ZTimestamp.nullable(),
    verificationUrl: z.url(),
  })
  .meta({ id: "CertificateVerification" });
