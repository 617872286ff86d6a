// The gateway's callback body (SPEC "Payments").
import { z } from "zod";
import { ZTimestamp } from "@/lib/api/contract-schemas";

export const ZPaymentCallback = z
  .object({
    eventId: z.string().trim().min(1).max(200),
    virtualAccountNumber: z.string().regex(/^\d{10,20}$/, "must be digits only"),
    amountIDR: z.number().int().nonnegative(),
    status: z.string().regex(/^paid$/i, 'must be "PAID"'),
    paidAt: z.iso.datetime({ offset: true }),
  })
  .meta({ id: "PaymentCallback" });
export type PaymentCallback = z.input<typeof ZPaymentCallback>;

export const ZPaidInvoice = z.object({ id: z.number().int(), status: z.literal("Paid"), paidAt: ZTimestamp });
