import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { paymentDueAt } from "@/lib/invoices/due-date";
import { expireOverdueInvoices } from "@/lib/invoices/expire-invoices";
import { getInvoice, listInvoices } from "@/lib/invoices/read-invoices";
import { requestInvoice } from "@/lib/invoices/request-invoice";
import { BANKS, bankKeys, freeVirtualAccountNumber, virtualAccountNumber } from "@/lib/invoices/virtual-account";
import { AppError } from "@/lib/errors";
import { makeCourse, makeEnrollment, makeInvoice, makeUser } from "../factories";
import { actorOf } from "../helpers/actors";

const past = () => new Date(Date.now() - 60_000);

async function unpaidEnrolment() {
  const teacher = await makeUser({ role: "TEACHER" });
  const course = await makeCourse({ teacherId: teacher.id, priceIDR: 75_000 });
  const student = await makeUser();
  const enrollment = await makeEnrollment({ studentId: student.id, courseId: course.id, status: "UNPAID" });
  return { course, student, enrollment };
}

describe("virtual account numbers", () => {
  it("are digits only, 13–16 long, behind each bank's prefix", () => {
    for (const bank of bankKeys) {
      const number = virtualAccountNumber(bank);
      expect(number).toMatch(/^\d{13,16}$/);
      expect(number.startsWith(BANKS[bank].prefix)).toBe(true);
      expect(number).toHaveLength(BANKS[bank].length);
    }
  });

  it("skip a number another invoice already holds", async () => {
    const { enrollment } = await unpaidEnrolment();
    const taken = await makeInvoice({ enrollmentId: enrollment.id, virtualAccountNumber: virtualAccountNumber("BCA") });
    const fresh = virtualAccountNumber("BCA");
    const candidates = [taken.virtualAccountNumber, fresh];
    const number = await db.$transaction((tx) => freeVirtualAccountNumber(tx, "BCA", () => candidates.shift()!));
    expect(number).toBe(fresh);
  });
});

describe("the due date", () => {
  it("is 23:59:59.999 Asia/Jakarta three days after the Jakarta day of issue", () => {
    expect(paymentDueAt(new Date("2025-12-08T10:00:00Z")).toISOString()).toBe("2025-12-11T16:59:59.999Z");
    // 18:00 UTC is already the 9th in Jakarta (01:00 WIB).
    expect(paymentDueAt(new Date("2025-12-08T18:00:00Z")).toISOString()).toBe("2025-12-12T16:59:59.999Z");
    expect(paymentDueAt(new Date("2025-12-29T20:00:00Z")).toISOString()).toBe("2026-01-02T16:59:59.999Z");
  });
});

describe("expiry", () => {
  it("marks a pending invoice past due Expired when it is read, before any job runs", async () => {
    const { student, enrollment } = await unpaidEnrolment();
    const invoice = await makeInvoice({ enrollmentId: enrollment.id, paymentDueAt: past() });
    expect((await getInvoice(actorOf(student), student.id, invoice.id)).status).toBe("Expired");
    const other = await makeInvoice({ enrollmentId: enrollment.id, paymentDueAt: past() });
    expect((await listInvoices(actorOf(student), student.id, {})).invoices.find((i) => i.id === other.id)?.status).toBe("Expired");
  });

  it("is what the scheduled job does to every overdue pending invoice, and only those", async () => {
    const { enrollment } = await unpaidEnrolment();
    const overdue = await makeInvoice({ enrollmentId: enrollment.id, paymentDueAt: past() });
    const current = await makeInvoice({ enrollmentId: enrollment.id });
    const paid = await makeInvoice({ enrollmentId: enrollment.id, status: "PAID", paymentDueAt: past() });
    // At least this one, unless the queue's worker (tests/payments/expiry-job.test.ts) just ran.
    await expireOverdueInvoices();
    const statuses = await db.invoice.findMany({ where: { id: { in: [overdue.id, current.id, paid.id] } }, orderBy: { id: "asc" }, select: { status: true } });
    expect(statuses.map((s) => s.status)).toEqual(["EXPIRED", "PENDING", "PAID"]);
  });
});

describe("invoices are their student's", () => {
  it("another student reads neither the list nor the invoice (404)", async () => {
    const { student, enrollment } = await unpaidEnrolment();
    const other = await makeUser();
    const invoice = await makeInvoice({ enrollmentId: enrollment.id });
    await expect(listInvoices(actorOf(other), student.id, {})).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getInvoice(actorOf(other), student.id, invoice.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getInvoice(actorOf(other), other.id, invoice.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("requesting a new invoice", () => {
  it("issues one after the last expired, and refuses while one is pending", async () => {
    const { student, enrollment } = await unpaidEnrolment();
    await makeInvoice({ enrollmentId: enrollment.id, paymentDueAt: past() });
    const fresh = await requestInvoice(actorOf(student), student.id, enrollment.id);
    expect(fresh).toMatchObject({ status: "Pending", amountIDR: 75_000, enrollmentId: enrollment.id });
    const error = await requestInvoice(actorOf(student), student.id, enrollment.id).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).message).toBe("This enrollment still has a pending invoice.");
  });
});
