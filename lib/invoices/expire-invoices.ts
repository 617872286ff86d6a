// Pending invoices past their due date become Expired: every minute by the scheduled job
// (lib/jobs), and on every read of invoices, so a missed run never leaves one payable or
// shows a stale "Pending".
import { db, type Tx } from "@/lib/db";
import type { InvoiceWhereInput } from "@/lib/generated/prisma/models";

/** Expires the overdue pending invoices among `where` (all of them when not given); returns how many. */
export async function expireOverdueInvoices(where: InvoiceWhereInput = {}, now = new Date(), tx: Pick<Tx, "invoice"> = db): Promise<number> {
  const { count } = await tx.invoice.updateMany({ where: { ...where, status: "PENDING", paymentDueAt: { lt: now } }, data: { status: "EXPIRED" } });
  return count;
}
