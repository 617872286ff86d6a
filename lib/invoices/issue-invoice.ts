// A new Pending invoice for an unpaid enrolment: a fresh virtual account number at a bank
// picked at random, the course's price, due at the end of the third day (Jakarta time).
import type { Tx } from "@/lib/db";
import { paymentDueAt } from "./due-date";
import { freeVirtualAccountNumber, randomBank } from "./virtual-account";

export async function issueInvoice(tx: Tx, opts: { enrollmentId: number; amountIDR: number }, now = new Date()) {
  const bank = randomBank();
  return tx.invoice.create({
    data: {
      enrollmentId: opts.enrollmentId,
      bank,
      virtualAccountNumber: await freeVirtualAccountNumber(tx, bank),
      amountIDR: opts.amountIDR,
      paymentDueAt: paymentDueAt(now),
      createdAt: now,
    },
    select: { id: true },
  });
}
