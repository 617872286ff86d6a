// A new invoice for an unpaid enrolment whose last one expired or was cancelled: the student
// (or an admin) asks, and gets a fresh number and due date at the course's current price.
// Under the enrolment's row lock, so two requests at once cannot both issue one.
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { enrollmentNotFound } from "@/lib/enrollments/policy";
import { AppError } from "@/lib/errors";
import { assertCanManageUser } from "@/lib/users/policy";
import { expireOverdueInvoices } from "./expire-invoices";
import { issueInvoice } from "./issue-invoice";
import { getInvoice } from "./read-invoices";

export async function requestInvoice(actor: Actor, userId: number, enrollmentId: number) {
  assertCanManageUser(actor, userId);
  const now = new Date();
  const invoice = await db.$transaction(async (tx) => {
    const [enrollment] = await tx.$queryRaw<{ id: number; status: string; live: boolean | null; courseId: number }[]>`
      SELECT id, status::text AS status, live, "courseId" FROM "Enrollment" WHERE id = ${enrollmentId} AND "studentId" = ${userId} FOR UPDATE`;
    if (!enrollment) throw enrollmentNotFound();
    if (!enrollment.live || enrollment.status !== "UNPAID") throw new AppError("CONFLICT", { key: "enrollmentNotUnpaid" });
    await expireOverdueInvoices({ enrollmentId }, now, tx);
    if (await tx.invoice.findFirst({ where: { enrollmentId, status: "PENDING" }, select: { id: true } })) {
      throw new AppError("CONFLICT", { key: "invoiceStillPending" });
    }
    const { priceIDR } = await tx.course.findUniqueOrThrow({ where: { id: enrollment.courseId }, select: { priceIDR: true } });
    return issueInvoice(tx, { enrollmentId, amountIDR: priceIDR }, now);
  });
  return getInvoice(actor, userId, invoice.id);
}
