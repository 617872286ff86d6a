// The payment gateway's callback: the signature over the raw body first (401), then the body
// (400), the invoice by its virtual account number (404), and the settlement, which makes a
// repeated event or an already paid invoice a 200 without a second effect, an expired or
// cancelled invoice a 409, and a different amount a 409.
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { AppError, parseInput } from "@/lib/errors";
import { announcePayment } from "@/lib/invoices/announce-payment";
import { settleInvoice } from "@/lib/invoices/settle-invoice";
import { ZPaymentCallback } from "./schemas";
import { verifySignature } from "./signature";

function parseJson(rawBody: string): unknown {
  try {
    return JSON.parse(rawBody);
  } catch {
    throw new AppError("BAD_REQUEST", { key: "jsonInvalid" }, { fieldErrors: [{ field: "body", message: { key: "jsonMalformed" } }] });
  }
}

export async function receivePaymentCallback(rawBody: string, signature: string | null, now = new Date()) {
  verifySignature(env().PAYMENT_WEBHOOK_SECRET, signature, rawBody, now);
  const callback = parseInput(ZPaymentCallback, parseJson(rawBody));
  const invoice = await db.invoice.findUnique({ where: { virtualAccountNumber: callback.virtualAccountNumber }, select: { id: true } });
  if (!invoice) throw new AppError("NOT_FOUND", { key: "unknownVirtualAccount" });
  const outcome = await settleInvoice({
    invoiceId: invoice.id,
    paidAt: new Date(callback.paidAt),
    event: { eventId: callback.eventId, amountIDR: callback.amountIDR },
    now,
  });
  await announcePayment(outcome);
  return { paidNow: outcome.paidNow, invoice: { id: invoice.id, status: "Paid" as const, paidAt: (outcome.invoice.paidAt ?? new Date(callback.paidAt)).toISOString() } };
}
