// The enrolment as the contract shows it: programId (and courseId), progress as a number with
// two decimals, the display-string status, and certificateId once completed.
import type { EnrollmentStatus } from "@/lib/generated/prisma/enums";
import { enrollmentStatusLabels } from "@/lib/shared/labels";

export const enrollmentSelect = {
  id: true,
  studentId: true,
  courseId: true,
  status: true,
  progressPercentage: true,
  enrolledAt: true,
  completedAt: true,
  cancelledAt: true,
  certificate: { select: { id: true } },
} as const;

export type EnrollmentRow = {
  id: number;
  studentId: number;
  courseId: number;
  status: EnrollmentStatus;
  progressPercentage: { toNumber(): number } | number;
  enrolledAt: Date;
  completedAt: Date | null;
  cancelledAt: Date | null;
  certificate: { id: number } | null;
};

export function toEnrollmentView(row: EnrollmentRow) {
  return {
    id: row.id,
    userId: row.studentId,
    programId: row.courseId,
    courseId: row.courseId,
    progressPercentage: Math.round(Number(row.progressPercentage) * 100) / 100,
    status: enrollmentStatusLabels.label(row.status),
    enrolledAt: row.enrolledAt.toISOString(),
    completedAt: row.completedAt?.toISOString() ?? null,
    cancelledAt: row.cancelledAt?.toISOString() ?? null,
    ...(row.status === "COMPLETED" && row.certificate ? { certificateId: row.certificate.id } : {}),
  };
}

export type EnrollmentView = ReturnType<typeof toEnrollmentView>;

/** The admins' list: the enrolment with who and which course, so a row needs no other lookup. */
export const adminEnrollmentSelect = {
  ...enrollmentSelect,
  student: { select: { fullName: true, email: true } },
  course: { select: { title: true, slug: true } },
} as const;

export type AdminEnrollmentRow = EnrollmentRow & { student: { fullName: string; email: string }; course: { title: string; slug: string } };

export function toAdminEnrollmentView(row: AdminEnrollmentRow) {
  return {
    ...toEnrollmentView(row),
    student: { id: row.studentId, fullName: row.student.fullName, email: row.student.email },
    courseTitle: row.course.title,
    courseSlug: row.course.slug,
  };
}

export type AdminEnrollmentView = ReturnType<typeof toAdminEnrollmentView>;
