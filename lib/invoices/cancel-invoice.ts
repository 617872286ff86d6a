// An admin cancels a pending invoice (a wrong amount, a student who will pay another way).
// Under the invoice's row lock, the one settleInvoice takes: a payment arriving at the same
// moment either lands first (the cancel then finds it paid: 409) or waits and finds it
// cancelled (never paid), so an invoice never ends both paid and cancelled. The enrolment
// stays Unpaid; the student may request a new invoice.
import type { Actor } from "@/lib/auth/actor";
import { audit } from "@/lib/audit";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { assertAdmin } from "@/lib/users/policy";
import { invoiceNotFound } from "./policy";
import { getInvoice } from "./read-invoices";

const notCancellable = () => new AppError("CONFLICT", { key: "invoiceNotCancellable" });

export async function cancelInvoice(actor: Actor, userId: number, invoiceId: number, opts: { ip?: string } = {}, now = new Date()) {
  assertAdmin(actor);
  // "overdue" is returned, not thrown, so the expiry written in the transaction commits.
  const outcome = await db.$transaction(async (tx) => {
    const [invoice] = await tx.$queryRaw<{ id: number; status: string; paymentDueAt: Date; enrollmentId: number }[]>`
      SELECT i.id, i.status::text AS status, i."paymentDueAt", i."enrollmentId" FROM "Invoice" i JOIN "Enrollment" e ON e.id = i."enrollmentId"
      WHERE i.id = ${invoiceId} AND e."studentId" = ${userId} FOR UPDATE OF i`;
    if (!invoice) throw invoiceNotFound();
    if (invoice.status !== "PENDING") throw notCancellable();
    if (invoice.paymentDueAt < now) {
      await tx.invoice.update({ where: { id: invoice.id }, data: { status: "EXPIRED" } });
      return "overdue" as const;
    }
    await tx.invoice.update({ where: { id: invoice.id }, data: { status: "CANCELLED" } });
    await audit({ actorId: actor.id, action: "invoice.cancel", entity: "Invoice", entityId: invoiceId, data: { userId, enrollmentId: invoice.enrollmentId }, ip: opts.ip }, tx);
    return "cancelled" as const;
  });
  if (outcome === "overdue") throw notCancellable();
  return getInvoice(actor, userId, invoiceId);
}
