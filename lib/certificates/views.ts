// A certificate as the API and the pages show it: the contract's fields, plus the names a
// reader needs (course, student, teacher) so a client does not have to look them up.
import type { CertificateGetPayload, CertificateSelect } from "@/lib/generated/prisma/models";
import { certificateUrl } from "@/lib/progress/announce-completions";

export const certificateSelect = {
  id: true,
  code: true,
  userId: true,
  courseId: true,
  enrollmentId: true,
  issuedAt: true,
  revokedAt: true,
  user: { select: { fullName: true } },
  course: { select: { title: true, slug: true, teacher: { select: { fullName: true } } } },
} satisfies CertificateSelect;

export type CertificateRow = CertificateGetPayload<{ select: typeof certificateSelect }>;

export function toCertificateView(row: CertificateRow) {
  return {
    id: row.id,
    code: row.code,
    userId: row.userId,
    courseId: row.courseId,
    // The contract calls courses programs; clients of either name find the id.
    programId: row.courseId,
    enrollmentId: row.enrollmentId,
    issuedAt: row.issuedAt.toISOString(),
    revokedAt: row.revokedAt?.toISOString() ?? null,
    verificationUrl: certificateUrl(row.code),
    courseTitle: row.course.title,
    courseSlug: row.course.slug,
    studentName: row.user.fullName,
    teacherName: row.course.teacher.fullName,
  };
}

export type CertificateView = ReturnType<typeof toCertificateView>;

export type CertificateStatus = "Valid" | "Revoked";

/** The admins' list also names the student's email, to tell two people of one name apart. */
export const adminCertificateSelect = { ...certificateSelect, user: { select: { fullName: true, email: true } } } satisfies CertificateSelect;

export const toAdminCertificateView = (row: CertificateGetPayload<{ select: typeof adminCertificateSelect }>) => ({
  ...toCertificateView(row),
  studentEmail: row.user.email,
});

export type AdminCertificateView = ReturnType<typeof toAdminCertificateView>;

/** What anyone holding the code may learn: who earned which course when, and whether it still stands. */
export function toVerificationView(row: CertificateRow) {
  const view = toCertificateView(row);
  const status: CertificateStatus = row.revokedAt ? "Revoked" : "Valid";
  return {
    code: view.code,
    status,
    valid: status === "Valid",
    studentName: view.studentName,
    courseTitle: view.courseTitle,
    courseSlug: view.courseSlug,
    teacherName: view.teacherName,
    issuedAt: view.issuedAt,
    revokedAt: view.revokedAt,
    verificationUrl: view.verificationUrl,
  };
}

export type CertificateVerification = ReturnType<typeof toVerificationView>;
