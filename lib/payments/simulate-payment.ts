// The local demo's "simulate payment": while mail stays in the outbox (never in production),
// the invoice page can play the gateway. It signs and POSTs a real callback to this app's
// own URL, so the whole path — signature, settlement, receipt mail — is the one a real
// payment takes.
import { randomUUID } from "node:crypto";
import type { Actor } from "@/lib/auth/actor";
import { env } from "@/lib/env";
import { AppError, type ErrorCode, errorStatus } from "@/lib/errors";
import { getInvoice } from "@/lib/invoices/read-invoices";
import { outboxReadable } from "@/lib/mail/outbox";
import type { PaymentCallback } from "./schemas";
import { SIGNATURE_HEADER, signPayload } from "./signature";

export const canSimulatePayments = () => outboxReadable();

const codeOf = (status: number) => (Object.entries(errorStatus).find(([, value]) => value === status)?.[0] ?? "INTERNAL") as ErrorCode;

export async function simulatePayment(actor: Actor, invoiceId: number): Promise<void> {
  if (!canSimulatePayments()) throw new AppError("NOT_FOUND", { key: "noSuchEndpoint" });
  const invoice = await getInvoice(actor, actor.id, invoiceId);
  const payload: PaymentCallback = {
    eventId: `simulated-${randomUUID()}`,
    virtualAccountNumber: invoice.virtualAccountNumber,
    amountIDR: invoice.amountIDR,
    status: "PAID",
    paidAt: new Date().toISOString(),
  };
  const body = JSON.stringify(payload);
  const response = await fetch(new URL("/api/v1/payments/callback", env().APP_URL), {
    method: "POST",
    headers: { "content-type": "application/json", [SIGNATURE_HEADER]: signPayload(env().PAYMENT_WEBHOOK_SECRET, body) },
    body,
  });
  if (response.ok) return;
  // The callback's own answer, in English as the gateway would read it.
  const answer = (await response.json().catch(() => null)) as { message?: string } | null;
  throw new AppError(codeOf(response.status), answer?.message ?? `The payment callback answered ${response.status}.`);
}
