// The gateway's callback body (SPEC "Payments").
import { z } from "zod";
import { ZText } from "@/lib/shared/text";

export const ZPaymentCallback = z
  .object({
    eventId: ZText().trim().min(1).max(200),
    virtualAccountNumber: ZText().regex(/^\d{10,20}$/, "must be digits only"),
    amountIDR: z.number().int().nonnegative(),
    status: ZText().regex(/^paid$/i, 'must be "PAID"'),
    paidAt: ZText().pipe(z.iso.datetime({ offset: true })),
  })
  .meta({ id: "PaymentCallback" });
export type PaymentCallback = z.input<typeof ZPaymentCallback>;
