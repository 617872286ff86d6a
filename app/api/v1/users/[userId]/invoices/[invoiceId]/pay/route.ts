// An admin marks an invoice paid: the same settlement as the gateway's callback, audited.
import { z } from "zod";
import { ZPathId } from "@/lib/api/contract-schemas";
import { route } from "@/lib/api/route-spec";
import { defineRoutes } from "@/lib/api/routes";
import { ADMIN_ROLES } from "@/lib/auth/policy";
import { markInvoicePaid } from "@/lib/invoices/mark-invoice-paid";
import { ZInvoiceView } from "@/lib/invoices/view-schemas";

const params = z.object({ userId: ZPathId("userId"), invoiceId: ZPathId("invoiceId") });

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = defineRoutes("/users/{userId}/invoices/{invoiceId}/pay", {
  POST: route({
    summary: "Mark an invoice as paid (admins)",
    description: "The enrolment becomes In Progress and the student gets a receipt. An already paid invoice answers 200 unchanged; an expired or cancelled one 409. Audited.",
    tags: ["Invoices"],
    auth: "required",
    roles: ADMIN_ROLES,
    params,
    data: z.object({ invoice: ZInvoiceView }),
    errors: [404, 409],
    handler: async ({ actor, params, ip }) => ({ message: { key: "invoiceMarkedPaid" }, data: { invoice: await markInvoicePaid(actor, params.userId, params.invoiceId, { ip }) } }),
  }),
});
