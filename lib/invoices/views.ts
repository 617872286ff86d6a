// The invoice as the API and the pages show it: display-string status, ISO dates, and the
// course it pays for.
import type { InvoiceStatus } from "@/lib/generated/prisma/enums";
import { invoiceStatusLabels } from "@/lib/shared/labels";
import { bankName } from "./virtual-account";

export const invoiceSelect = {
  id: true,
  enrollmentId: true,
  virtualAccountNumber: true,
  bank: true,
  amountIDR: true,
  paymentDueAt: true,
  status: true,
  paidAt: true,
  createdAt: true,
  enrollment: { select: { studentId: true, courseId: true, course: { select: { title: true, slug: true } }, student: { select: { fullName: true, email: true } } } },
} as const;

export type InvoiceRow = {
  id: number;
  enrollmentId: number;
  virtualAccountNumber: string;
  bank: string;
  amountIDR: number;
  paymentDueAt: Date;
  status: InvoiceStatus;
  paidAt: Date | null;
  createdAt: Date;
  enrollment: { studentId: number; courseId: number; course: { title: string; slug: string }; student: { fullName: string; email: string } };
};

export function toInvoiceView(row: InvoiceRow) {
  return {
    id: row.id,
    enrollmentId: row.enrollmentId,
    userId: row.enrollment.studentId,
    student: { id: row.enrollment.studentId, fullName: row.enrollment.student.fullName, email: row.enrollment.student.email },
    courseId: row.enrollment.courseId,
    programId: row.enrollment.courseId,
    courseTitle: row.enrollment.course.title,
    courseSlug: row.enrollment.course.slug,
    virtualAccountNumber: row.virtualAccountNumber,
    bank: bankName(row.bank),
    amountIDR: row.amountIDR,
    status: invoiceStatusLabels.label(row.status),
    paymentDueDatetime: row.paymentDueAt.toISOString(),
    paidAt: row.paidAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}

export type InvoiceView = ReturnType<typeof toInvoiceView>;
