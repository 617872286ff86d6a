// Inputs of the certificate use cases, shared by the API's declarations.
import { z } from "zod";
import { msg } from "@/lib/i18n/validation-text";
import { blankAsMissing, ZPageQuery, ZSearch } from "@/lib/shared/pagination";
import { ZEmail } from "@/lib/auth/schemas";
import { ZText } from "@/lib/shared/text";

const ZId = z.coerce.number({ error: msg("fieldNumber") }).int(msg("fieldWhole")).min(1, msg("fieldAtLeast")).max(2_147_483_647, msg("fieldAtMost"));

export const ZCertificateListQuery = ZPageQuery.extend({
  sort: blankAsMissing(z.enum(["newest", "oldest"], { error: msg("fieldOneOf") }).default("newest")),
});

/**
 * An admin issues the certificate of one of the user's completed enrolments, named by its
 * id or by its course (`programId` for contract clients).
 */
export const ZCreateCertificateInput = z
  .object({ enrollmentId: ZId.optional(), courseId: ZId.optional(), programId: ZId.optional() })
  .refine((input) => input.enrollmentId !== undefined || input.courseId !== undefined || input.programId !== undefined, {
    message: msg("certificateTargetRequired"),
    path: ["enrollmentId"],
  });
export type CreateCertificateInput = z.input<typeof ZCreateCertificateInput>;

/** Revoking (`revoked: true` or a `revokedAt`) and reinstating (`revoked: false` or `revokedAt: null`). */
export const ZUpdateCertificateInput = z
  .object({ revoked: z.boolean({ error: msg("fieldBoolean") }).optional(), revokedAt: ZText().pipe(z.iso.datetime({ offset: true, error: msg("dateTimeInvalid") })).nullable().optional() })
  .refine((input) => input.revoked !== undefined || input.revokedAt !== undefined, { message: msg("certificateChangeRequired"), path: ["revoked"] });
export type UpdateCertificateInput = z.input<typeof ZUpdateCertificateInput>;

/** A verification code as it may appear in a URL; anything else cannot be one. */
export const ZCertificateCode = ZText().trim().min(1).max(64).regex(/^[A-Za-z0-9-]+$/);

/** The admins' list of every certificate: by course, student (id, or part of the name or email) and status. */
export const ZAdminCertificateListQuery = ZCertificateListQuery.extend({
  q: ZSearch,
  courseId: blankAsMissing(ZId.optional()),
  studentId: blankAsMissing(ZId.optional()),
  status: blankAsMissing(z.enum(["valid", "revoked"], { error: msg("fieldOneOf") }).optional()),
});

/** The admins' "Issue certificate" form: the student by email, the course from a list. */
export const ZIssueCertificateForm = z.object({
  studentEmail: ZEmail,
  courseId: z.preprocess((value) => (value === "" ? undefined : value), ZId),
});
export type IssueCertificateForm = z.input<typeof ZIssueCertificateForm>;
