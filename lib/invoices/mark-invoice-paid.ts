// An admin records a payment that reached the platform another way (a bank transfer seen on
// the statement): the same settlement as the gateway's callback, audited.
import type { Actor } from "@/lib/auth/actor";
import { audit } from "@/lib/audit";
import { db } from "@/lib/db";
import { assertAdmin } from "@/lib/users/policy";
import { announcePayment } from "./announce-payment";
import { invoiceNotFound } from "./policy";
import { settleInvoice } from "./settle-invoice";
import { getInvoice } from "./read-invoices";

export async function markInvoicePaid(actor: Actor, userId: number, invoiceId: number, opts: { ip?: string } = {}) {
  assertAdmin(actor);
  const owned = await db.invoice.findFirst({ where: { id: invoiceId, enrollment: { studentId: userId } }, select: { id: true } });
  if (!owned) throw invoiceNotFound();
  const outcome = await settleInvoice({ invoiceId, paidAt: new Date() });
  if (outcome.paidNow) {
    await audit({ actorId: actor.id, action: "invoice.markPaid", entity: "Invoice", entityId: invoiceId, data: { userId }, ip: opts.ip });
    await announcePayment(outcome);
  }
  return getInvoice(actor, userId, invoiceId);
}
