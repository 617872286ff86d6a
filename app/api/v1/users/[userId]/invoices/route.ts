// A student's invoices.
import { z } from "zod";
import { ZPathId } from "@/lib/api/contract-schemas";
import { route } from "@/lib/api/route-spec";
import { defineRoutes } from "@/lib/api/routes";
import { listInvoices } from "@/lib/invoices/read-invoices";
import { ZInvoiceListQuery } from "@/lib/invoices/schemas";
import { ZInvoiceView } from "@/lib/invoices/view-schemas";

const params = z.object({ userId: ZPathId("userId") });

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = defineRoutes("/users/{userId}/invoices", {
  GET: route({
    summary: "List a user's invoices (self or admins)",
    description: "Newest first; `status` filters (Pending, Paid, Expired, Cancelled). Pending invoices past due are expired before they are read. Another student's list is 404. Paginated.",
    tags: ["Invoices"],
    auth: "required",
    params,
    query: ZInvoiceListQuery,
    data: z.object({ invoices: z.array(ZInvoiceView) }),
    paginated: true,
    errors: [404],
    handler: async ({ actor, params, query }) => {
      const { invoices, pagination } = await listInvoices(actor, params.userId, query);
      return { message: { key: "invoicesListed" }, data: { invoices }, pagination };
    },
  }),
});
