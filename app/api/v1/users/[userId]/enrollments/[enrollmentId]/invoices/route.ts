// A new invoice for an unpaid enrolment whose last one expired or was cancelled.
import { z } from "zod";
import { ZPathId } from "@/lib/api/contract-schemas";
import { route } from "@/lib/api/route-spec";
import { defineRoutes } from "@/lib/api/routes";
import { requestInvoice } from "@/lib/invoices/request-invoice";
import { ZInvoiceView } from "@/lib/invoices/view-schemas";

const params = z.object({ userId: ZPathId("userId"), enrollmentId: ZPathId("enrollmentId") });

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = defineRoutes("/users/{userId}/enrollments/{enrollmentId}/invoices", {
  POST: route({
    summary: "Request a new invoice (self or admins)",
    description: "Only for a live Unpaid enrolment without a pending invoice (409 otherwise): a new virtual account number, the course's current price, due in three days.",
    tags: ["Invoices"],
    auth: "required",
    params,
    status: 201,
    data: z.object({ invoice: ZInvoiceView }),
    errors: [404, 409],
    handler: async ({ actor, params }) => ({ status: 201, message: { key: "invoiceRequested" }, data: { invoice: await requestInvoice(actor, params.userId, params.enrollmentId) } }),
  }),
});
