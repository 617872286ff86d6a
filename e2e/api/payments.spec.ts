// The payment gateway's callback over real HTTP (SPEC "Payments"): signed over the raw body
// with the run's PAYMENT_WEBHOOK_SECRET (playwright.config.ts shares it with the server).
import { createHmac } from "node:crypto";
import { db } from "@/lib/db";
import { makeEnrollment, makeInvoice, unique } from "../../tests/factories";
import { expect, test, type Make } from "../support/fixtures";

const secret = () => process.env.PAYMENT_WEBHOOK_SECRET!;
const sign = (body: string, t = Math.floor(Date.now() / 1000), key = secret()) => `t=${t},v1=${createHmac("sha256", key).update(`${t}.${body}`).digest("hex")}`;

async function pendingInvoice(make: Make) {
  const teacher = await make.user({ role: "TEACHER" });
  const student = await make.user({ role: "STUDENT" });
  const course = await make.course({ teacherId: teacher.id, priceIDR: 250_000 });
  const enrollment = await makeEnrollment({ studentId: student.id, courseId: course.id, status: "UNPAID" });
  const invoice = await makeInvoice({ enrollmentId: enrollment.id, amountIDR: 250_000 });
  return { student, enrollment, invoice };
}

const callbackBody = (invoice: { virtualAccountNumber: string; amountIDR: number }, overrides: Record<string, unknown> = {}) =>
  JSON.stringify({ eventId: unique("evt"), virtualAccountNumber: invoice.virtualAccountNumber, amountIDR: invoice.amountIDR, status: "PAID", paidAt: "2025-12-09T03:04:05.000Z", ...overrides });

test.describe("POST /api/v1/payments/callback", () => {
  test("pays once, and answers a replay with 200 and no second payment", async ({ request, make }) => {
    const { enrollment, invoice } = await pendingInvoice(make);
    const body = callbackBody(invoice);
    const send = () => request.post("/api/v1/payments/callback", { headers: { "content-type": "application/json", "x-payment-signature": sign(body) }, data: body });
    const first = await send();
    expect(first.status()).toBe(200);
    expect(await first.json()).toEqual({
      success: true,
      statusCode: 200,
      message: "Payment received.",
      data: { invoice: { id: invoice.id, status: "Paid", paidAt: "2025-12-09T03:04:05.000Z" } },
      errors: null,
    });
    const replay = await send();
    expect(replay.status()).toBe(200);
    expect(await replay.json()).toMatchObject({ message: "Payment already recorded.", data: { invoice: { id: invoice.id, status: "Paid" } } });
    expect(await db.paymentEvent.count({ where: { invoiceId: invoice.id } })).toBe(1);
    expect((await db.enrollment.findUniqueOrThrow({ where: { id: enrollment.id } })).status).toBe("IN_PROGRESS");
  });

  test("rejects missing, wrong and stale signatures (401), unknown accounts (404) and other amounts (409)", async ({ request, make }) => {
    const { invoice } = await pendingInvoice(make);
    const body = callbackBody(invoice);
    const post = (headers: Record<string, string>, data = body) => request.post("/api/v1/payments/callback", { headers: { "content-type": "application/json", ...headers }, data });
    const cases: [Record<string, string>, string, number, string][] = [
      [{}, body, 401, "Missing or invalid payment signature."],
      [{ "x-payment-signature": sign(body, undefined, "not-the-secret") }, body, 401, "Missing or invalid payment signature."],
      [{ "x-payment-signature": sign(body, Math.floor(Date.now() / 1000) - 301) }, body, 401, "The payment signature is too old or from the future."],
    ];
    const unknown = callbackBody(invoice, { virtualAccountNumber: "3935800000000000" });
    cases.push([{ "x-payment-signature": sign(unknown) }, unknown, 404, "No invoice has this virtual account number."]);
    const short = callbackBody(invoice, { amountIDR: 1 });
    cases.push([{ "x-payment-signature": sign(short) }, short, 409, "The paid amount does not match the invoice."]);
    for (const [headers, data, status, message] of cases) {
      const response = await post(headers, data);
      expect([response.status(), (await response.json()).message]).toEqual([status, message]);
    }
    expect((await db.invoice.findUniqueOrThrow({ where: { id: invoice.id } })).status).toBe("PENDING");
  });

  test("pays exactly once under concurrent deliveries", async ({ request, make }) => {
    const { invoice } = await pendingInvoice(make);
    const responses = await Promise.all(
      Array.from({ length: 5 }, () => {
        const body = callbackBody(invoice);
        return request.post("/api/v1/payments/callback", { headers: { "content-type": "application/json", "x-payment-signature": sign(body) }, data: body });
      }),
    );
    expect(responses.map((r) => r.status())).toEqual([200, 200, 200, 200, 200]);
    const messages = await Promise.all(responses.map(async (r) => (await r.json()).message));
    expect(messages.filter((m) => m === "Payment received.")).toHaveLength(1);
    expect(await db.paymentEvent.count({ where: { invoiceId: invoice.id } })).toBe(1);
  });

  test("lets an admin mark an invoice paid, and shows it to its student only", async ({ request, make, apiTokenFor }) => {
    const { student, invoice } = await pendingInvoice(make);
    const admin = await make.user({ role: "ADMIN" });
    const other = await make.user({ role: "STUDENT" });
    const path = `/api/v1/users/${student.id}/invoices/${invoice.id}`;
    expect((await request.get(path, { headers: { authorization: `Bearer ${await apiTokenFor(other)}` } })).status()).toBe(404);
    const paid = await request.post(`${path}/pay`, { headers: { authorization: `Bearer ${await apiTokenFor(admin)}` } });
    expect(await paid.json()).toMatchObject({ statusCode: 200, message: "Successfully marked the invoice as paid.", data: { invoice: { id: invoice.id, status: "Paid", bank: expect.any(String) } } });
    const mine = await request.get(path, { headers: { authorization: `Bearer ${await apiTokenFor(student)}` } });
    expect(await mine.json()).toMatchObject({ message: "Successfully retrieved invoice details.", data: { invoice: { id: invoice.id, status: "Paid" } } });
  });
});
