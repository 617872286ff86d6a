// The payment gateway's callback (SPEC "Payments"). The body is read raw, because the
// signature covers its exact bytes; lib/payments verifies it before anything else.
import { z } from "zod";
import { route } from "@/lib/api/route-spec";
import { defineRoutes } from "@/lib/api/routes";
import { MAX_JSON_BODY_BYTES, readBodyCapped } from "@/lib/api/request";
import { receivePaymentCallback } from "@/lib/payments/receive-callback";
import { ZPaymentCallback } from "@/lib/payments/schemas";
import { ZPaidInvoice } from "@/lib/payments/view-schemas";
import { SIGNATURE_HEADER } from "@/lib/payments/signature";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = defineRoutes("/payments/callback", {
  POST: route({
    summary: "Payment gateway callback",
    description:
      'Signed in `X-Payment-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>" with PAYMENT_WEBHOOK_SECRET>`. Missing or wrong signature, or `t` more than 5 minutes from now → 401; unknown virtual account → 404; amount different from the invoice, or an expired or cancelled invoice → 409; the same `eventId` again, or any callback for a paid invoice → 200 without a second effect.',
    tags: ["Payments"],
    auth: "none",
    bodyType: "raw",
    headers: z.object({ [SIGNATURE_HEADER]: z.string().meta({ description: "t=<unix seconds>,v1=<hex HMAC-SHA256>" }) }),
    body: ZPaymentCallback,
    data: z.object({ invoice: ZPaidInvoice }),
    errors: [401, 404, 409],
    handler: async ({ req }) => {
      const rawBody = new TextDecoder().decode(await readBodyCapped(req, MAX_JSON_BODY_BYTES));
      const { paidNow, invoice } = await receivePaymentCallback(rawBody, req.headers.get(SIGNATURE_HEADER));
      return { message: { key: paidNow ? "paymentRecorded" : "paymentAlreadyRecorded" }, data: { invoice } };
    },
  }),
});
