import { describe, expect, it } from "vitest";
import { canReadCourseContent } from "@/lib/courses/content-access";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { markInvoicePaid } from "@/lib/invoices/mark-invoice-paid";
import { receivePaymentCallback } from "@/lib/payments/receive-callback";
import { hmacOf, signPayload } from "@/lib/payments/signature";
import { makeCompletion, makeCourse, makeEnrollment, makeInvoice, makeUser, unique } from "../factories";
import { actorOf } from "../helpers/actors";
import { mailsTo } from "../mail-helpers";

const secret = () => env().PAYMENT_WEBHOOK_SECRET;

async function pendingInvoice(opts: { paymentDueAt?: Date; status?: "PENDING" | "EXPIRED" | "CANCELLED" } = {}) {
  const teacher = await makeUser({ role: "TEACHER" });
  const course = await makeCourse({
    teacherId: teacher.id,
    priceIDR: 150_000,
    outline: [{ title: "M", contents: [{ title: "A", type: "LESSON" }, { title: "B", type: "LESSON" }] }],
  });
  const student = await makeUser();
  const enrollment = await makeEnrollment({ studentId: student.id, courseId: course.id, status: "UNPAID" });
  const invoice = await makeInvoice({ enrollmentId: enrollment.id, amountIDR: 150_000, ...opts });
  return { course, student, enrollment, invoice };
}

const bodyFor = (invoice: { virtualAccountNumber: string; amountIDR: number }, overrides: Record<string, unknown> = {}) =>
  JSON.stringify({ eventId: unique("evt"), virtualAccountNumber: invoice.virtualAccountNumber, amountIDR: invoice.amountIDR, status: "PAID", paidAt: new Date().toISOString(), ...overrides });

const deliver = (body: string, signature: string | null = signPayload(secret(), body)) => receivePaymentCallback(body, signature);

async function rejection(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe("the callback's signature", () => {
  it("is required and must be the HMAC of the exact raw body (401 otherwise)", async () => {
    const { invoice } = await pendingInvoice();
    const body = bodyFor(invoice);
    const t = Math.floor(Date.now() / 1000);
    expect((await rejection(deliver(body, null))).status).toBe(401);
    expect((await rejection(deliver(body, "garbage"))).status).toBe(401);
    expect((await rejection(deliver(body, `t=${t},v1=${hmacOf("another-secret", t, body)}`))).status).toBe(401);
    // The same JSON re-serialised with other spacing is another body: its signature does not carry over.
    expect((await rejection(deliver(JSON.stringify(JSON.parse(body), null, 2), signPayload(secret(), body)))).status).toBe(401);
    expect((await db.invoice.findUniqueOrThrow({ where: { id: invoice.id } })).status).toBe("PENDING");
  });

  it("is refused when its timestamp is more than five minutes from now, either way", async () => {
    const { invoice } = await pendingInvoice();
    const body = bodyFor(invoice);
    for (const offset of [-6 * 60_000, 6 * 60_000]) {
      const error = await rejection(deliver(body, signPayload(secret(), body, new Date(Date.now() + offset))));
      expect([error.status, error.message]).toEqual([401, "The payment signature is too old or from the future."]);
    }
    expect(await deliver(body, signPayload(secret(), body, new Date(Date.now() - 4 * 60_000)))).toMatchObject({ paidNow: true });
  });
});

describe("a signed callback", () => {
  it("pays the invoice, opens the course, recomputes kept progress and mails a receipt", async () => {
    const { course, student, enrollment, invoice } = await pendingInvoice();
    const [lesson] = await db.content.findMany({ where: { module: { courseId: course.id } }, orderBy: { position: "asc" } });
    await makeCompletion({ studentId: student.id, contentId: lesson!.id });
    const paidAt = "2025-12-09T03:04:05.000Z";
    const answer = await deliver(bodyFor(invoice, { paidAt }));
    expect(answer).toEqual({ paidNow: true, invoice: { id: invoice.id, status: "Paid", paidAt } });
    expect(await db.invoice.findUniqueOrThrow({ where: { id: invoice.id }, select: { status: true, paidAt: true } })).toEqual({ status: "PAID", paidAt: new Date(paidAt) });
    const after = await db.enrollment.findUniqueOrThrow({ where: { id: enrollment.id } });
    expect([after.status, Number(after.progressPercentage)]).toEqual(["IN_PROGRESS", 50]);
    expect(await canReadCourseContent(actorOf(student), course)).toBe(true);
    const receipts = (await mailsTo(student.email)).filter((mail) => mail.subject === `Payment received for ${course.title}`);
    expect(receipts).toHaveLength(1);
    expect(receipts[0]!.text).toContain(`/learn/${course.slug}`);
  });

  it("answers 404 for an unknown virtual account and 409 for a different amount", async () => {
    const { invoice } = await pendingInvoice();
    expect((await rejection(deliver(bodyFor(invoice, { virtualAccountNumber: "9999900000000001" })))).status).toBe(404);
    const mismatch = await rejection(deliver(bodyFor(invoice, { amountIDR: 149_999 })));
    expect([mismatch.status, mismatch.message]).toEqual([409, "The paid amount does not match the invoice."]);
    expect(await db.paymentEvent.count({ where: { invoiceId: invoice.id } })).toBe(0);
  });

  it("is idempotent: the same event twice, or any callback for a paid invoice, is 200 without a second payment", async () => {
    const { student, invoice } = await pendingInvoice();
    const body = bodyFor(invoice);
    expect((await deliver(body)).paidNow).toBe(true);
    expect((await deliver(body)).paidNow).toBe(false);
    expect((await deliver(bodyFor(invoice))).paidNow).toBe(false);
    expect(await db.paymentEvent.count({ where: { invoiceId: invoice.id } })).toBe(1);
    expect((await mailsTo(student.email)).filter((mail) => mail.subject.startsWith("Payment received"))).toHaveLength(1);
  });

  it("pays once when deliveries arrive concurrently", async () => {
    const { invoice } = await pendingInvoice();
    const results = await Promise.all(Array.from({ length: 6 }, () => deliver(bodyFor(invoice))));
    expect(results.filter((r) => r.paidNow)).toHaveLength(1);
    expect(await db.paymentEvent.count({ where: { invoiceId: invoice.id } })).toBe(1);
  });
});

describe("an invoice that cannot be paid", () => {
  it("past due: the callback expires it (409) and the content stays locked", async () => {
    const { course, student, invoice } = await pendingInvoice({ paymentDueAt: new Date(Date.now() - 1000) });
    const error = await rejection(deliver(bodyFor(invoice)));
    expect([error.status, error.message]).toEqual([409, "This invoice has expired or was cancelled and can no longer be paid."]);
    expect((await db.invoice.findUniqueOrThrow({ where: { id: invoice.id } })).status).toBe("EXPIRED");
    expect(await canReadCourseContent(actorOf(student), course)).toBe(false);
  });

  it("expired or cancelled: never unlocks, by callback or by admin", async () => {
    const admin = await makeUser({ role: "ADMIN" });
    for (const status of ["EXPIRED", "CANCELLED"] as const) {
      const { course, student, invoice } = await pendingInvoice({ status });
      expect((await rejection(deliver(bodyFor(invoice)))).status).toBe(409);
      expect((await rejection(markInvoicePaid(actorOf(admin), student.id, invoice.id))).status).toBe(409);
      expect(await canReadCourseContent(actorOf(student), course)).toBe(false);
      expect((await db.enrollment.findFirstOrThrow({ where: { studentId: student.id } })).status).toBe("UNPAID");
    }
  });
});

describe("an admin marking an invoice paid", () => {
  it("settles it the same way, audited; students may not", async () => {
    const admin = await makeUser({ role: "ADMIN" });
    const { course, student, invoice } = await pendingInvoice();
    expect((await rejection(markInvoicePaid(actorOf(student), student.id, invoice.id))).status).toBe(403);
    const paid = await markInvoicePaid(actorOf(admin), student.id, invoice.id);
    expect(paid.status).toBe("Paid");
    expect(await canReadCourseContent(actorOf(student), course)).toBe(true);
    expect(await db.auditLog.count({ where: { action: "invoice.markPaid", entityId: invoice.id, actorId: admin.id } })).toBe(1);
    expect((await markInvoicePaid(actorOf(admin), student.id, invoice.id)).status).toBe("Paid");
    expect(await db.auditLog.count({ where: { action: "invoice.markPaid", entityId: invoice.id } })).toBe(1);
  });
});
