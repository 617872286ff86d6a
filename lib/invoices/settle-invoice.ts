// Paying an invoice, the one way both an admin's "mark as paid" and the payment gateway's
// callback go. The invoice row is locked first, so concurrent deliveries run one after the
// other: the first pays, the others find it paid (or their event recorded) and change
// nothing. An expired or cancelled invoice is never paid, so it never unlocks content.
// Paid → the live unpaid enrolment moves to In Progress and its progress is recomputed
// (completions kept from an earlier enrolment count at once).
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { type ProgressResult, recomputeProgress } from "@/lib/progress/recompute-progress";
import { invoiceNotPayable } from "./policy";

export type Settlement = {
  invoiceId: number;
  paidAt: Date;
  /** The gateway's delivery: its id (recorded once) and the amount it says was paid. */
  event?: { eventId: string; amountIDR: number };
  now?: Date;
};

export type SettleOutcome = {
  /** True when this call paid the invoice; false when it was paid (or this event seen) before. */
  paidNow: boolean;
  invoice: { id: number; paidAt: Date | null };
  progress: ProgressResult | null;
};

type LockedInvoice = { id: number; enrollmentId: number; amountIDR: number; status: string; paymentDueAt: Date; paidAt: Date | null };

export async function settleInvoice({ invoiceId, paidAt, event, now = new Date() }: Settlement): Promise<SettleOutcome> {
  // "not payable" is returned from the transaction, not thrown in it, so an expiry it wrote commits.
  const outcome = await db.$transaction(async (tx): Promise<SettleOutcome | "not payable"> => {
    const [invoice] = await tx.$queryRaw<LockedInvoice[]>`
      SELECT id, "enrollmentId", "amountIDR", status::text AS status, "paymentDueAt", "paidAt" FROM "Invoice" WHERE id = ${invoiceId} FOR UPDATE`;
    if (!invoice) throw new AppError("NOT_FOUND", { key: "invoiceNotFound" });
    const unchanged = { paidNow: false, invoice: { id: invoice.id, paidAt: invoice.paidAt }, progress: null };
    if (event && (await tx.paymentEvent.findUnique({ where: { eventId: event.eventId }, select: { id: true } }))) return unchanged;
    if (invoice.status === "PAID") return unchanged;
    if (invoice.status === "PENDING" && invoice.paymentDueAt < now) {
      // Past due: it expires now, and stays expired once the caller hears 409.
      await tx.invoice.update({ where: { id: invoice.id }, data: { status: "EXPIRED" } });
      return "not payable";
    }
    if (invoice.status !== "PENDING") return "not payable";
    if (event && event.amountIDR !== invoice.amountIDR) throw new AppError("CONFLICT", { key: "paymentAmountMismatch" });

    if (event) await tx.paymentEvent.create({ data: { eventId: event.eventId, invoiceId: invoice.id, amountIDR: event.amountIDR, paidAt } });
    await tx.invoice.update({ where: { id: invoice.id }, data: { status: "PAID", paidAt } });
    const unlocked = await tx.enrollment.updateMany({ where: { id: invoice.enrollmentId, live: true, status: "UNPAID" }, data: { status: "IN_PROGRESS" } });
    const progress = unlocked.count > 0 ? await recomputeProgress(tx, invoice.enrollmentId, now) : null;
    return { paidNow: true, invoice: { id: invoice.id, paidAt }, progress };
  });
  if (outcome === "not payable") throw invoiceNotPayable();
  return outcome;
}
