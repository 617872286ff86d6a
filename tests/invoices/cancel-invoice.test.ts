import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { cancelInvoice } from "@/lib/invoices/cancel-invoice";
import { requestInvoice } from "@/lib/invoices/request-invoice";
import { settleInvoice } from "@/lib/invoices/settle-invoice";
import type { InvoiceStatus } from "@/lib/generated/prisma/enums";
import { makeCourse, makeEnrollment, makeInvoice, makeUser, type TestUser } from "../factories";
import { actorOf } from "../helpers/actors";
import { fail } from "../helpers/errors";

let teacher: TestUser;
let admin: TestUser;

beforeAll(async () => {
  [teacher, admin] = await Promise.all([makeUser({ role: "TEACHER" }), makeUser({ role: "ADMIN" })]);
});

/** A student's unpaid enrolment in a paid course, with one invoice. */
async function unpaid(opts: { status?: InvoiceStatus; paymentDueAt?: Date } = {}) {
  const [student, course] = await Promise.all([makeUser(), makeCourse({ teacherId: teacher.id, priceIDR: 200_000, status: "PUBLISHED" })]);
  const enrollment = await makeEnrollment({ studentId: student.id, courseId: course.id, status: "UNPAID" });
  const invoice = await makeInvoice({ enrollmentId: enrollment.id, amountIDR: 200_000, ...opts });
  return { student, course, enrollment, invoice };
}

const statusOf = async (invoiceId: number) => (await db.invoice.findUniqueOrThrow({ where: { id: invoiceId }, select: { status: true } })).status;

describe("cancelling an invoice", () => {
  it("cancels a pending invoice, keeps the enrolment Unpaid, writes one audit entry, and lets the student request a new invoice", async () => {
    const { student, enrollment, invoice } = await unpaid();
    const view = await cancelInvoice(actorOf(admin), student.id, invoice.id, { ip: "203.0.113.9" });
    expect(view).toMatchObject({ id: invoice.id, status: "Cancelled", paidAt: null });
    expect((await db.enrollment.findUniqueOrThrow({ where: { id: enrollment.id } }))?.status).toBe("UNPAID");
    const entries = await db.auditLog.findMany({ where: { entity: "Invoice", entityId: invoice.id, actorId: admin.id }, select: { actorId: true, action: true, data: true, ip: true } });
    expect(entries).toEqual([{ actorId: admin.id, action: "invoice.cancel", data: { userId: student.id, enrollmentId: enrollment.id }, ip: "203.0.113.9" }]);
    const fresh = await requestInvoice(actorOf(student), student.id, enrollment.id);
    expect(fresh).toMatchObject({ enrollmentId: enrollment.id, status: "Pending", amountIDR: 200_000 });
    expect(fresh.id).not.toBe(invoice.id);
  });

  it.each(["PAID", "EXPIRED", "CANCELLED"] as const)("refuses a %s invoice with 409 and changes nothing", async (status) => {
    const { student, invoice } = await unpaid({ status });
    const error = await fail(cancelInvoice(actorOf(admin), student.id, invoice.id));
    expect([error?.status, error?.text]).toEqual([409, { key: "invoiceNotCancellable" }]);
    expect(await statusOf(invoice.id)).toBe(status);
    // The log is shared by every test file: this file's admin pins its own entries down.
    expect(await db.auditLog.count({ where: { entity: "Invoice", entityId: invoice.id, actorId: admin.id } })).toBe(0);
  });

  it("expires a pending invoice past its due date instead of cancelling it (409)", async () => {
    const { student, invoice } = await unpaid({ paymentDueAt: new Date(Date.now() - 60_000) });
    const error = await fail(cancelInvoice(actorOf(admin), student.id, invoice.id));
    expect(error?.status).toBe(409);
    expect(await statusOf(invoice.id)).toBe("EXPIRED");
  });

  it("is for admins only (403), and another student's invoice is 404", async () => {
    const { student, invoice } = await unpaid();
    const other = await makeUser();
    expect((await fail(cancelInvoice(actorOf(student), student.id, invoice.id)))?.status).toBe(403);
    expect((await fail(cancelInvoice(actorOf(teacher), student.id, invoice.id)))?.status).toBe(403);
    expect((await fail(cancelInvoice(actorOf(admin), other.id, invoice.id)))?.status).toBe(404);
    expect(await statusOf(invoice.id)).toBe("PENDING");
  });

  it("never ends both paid and cancelled when a payment arrives at the same moment", async () => {
    for (let round = 0; round < 6; round++) {
      const { student, enrollment, invoice } = await unpaid();
      const [cancelled, settled] = await Promise.allSettled([cancelInvoice(actorOf(admin), student.id, invoice.id), settleInvoice({ invoiceId: invoice.id, paidAt: new Date() })]);
      const final = await statusOf(invoice.id);
      const enrollmentStatus = (await db.enrollment.findUniqueOrThrow({ where: { id: enrollment.id } })).status;
      if (final === "CANCELLED") {
        expect(cancelled.status).toBe("fulfilled");
        expect(settled.status === "rejected" && (settled.reason as AppError).text).toEqual({ key: "invoiceNotPayable" });
        expect(enrollmentStatus).toBe("UNPAID");
      } else {
        expect(final).toBe("PAID");
        expect(settled.status === "fulfilled" && settled.value.paidNow).toBe(true);
        expect(cancelled.status === "rejected" && (cancelled.reason as AppError).text).toEqual({ key: "invoiceNotCancellable" });
        expect(enrollmentStatus).toBe("IN_PROGRESS");
      }
    }
  });
});
