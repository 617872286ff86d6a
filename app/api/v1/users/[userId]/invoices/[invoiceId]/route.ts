// One invoice.
import { z } from "zod";
import { ZPathId } from "@/lib/api/contract-schemas";
import { route } from "@/lib/api/route-spec";
import { defineRoutes } from "@/lib/api/routes";
import { getInvoice } from "@/lib/invoices/read-invoices";
import { ZInvoiceView } from "@/lib/invoices/view-schemas";

const params = z.object({ userId: ZPathId("userId"), invoiceId: ZPathId("invoiceId") });

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = defineRoutes("/users/{userId}/invoices/{invoiceId}", {
  GET: route({
    summary: "Get an invoice (self or admins)",
    description: "A pending invoice past due is expired before it is read.",
    tags: ["Invoices"],
    auth: "required",
    params,
    data: z.object({ invoice: ZInvoiceView }),
    errors: [404],
    handler: async ({ actor, params }) => ({ message: { key: "invoiceRetrieved" }, data: { invoice: await getInvoice(actor, params.userId, params.invoiceId) } }),
  }),
});
