import { defineRoutes } from "@/lib/api/routes";
import { invoiceCancelRoutes } from "../../../../../_routes/billing-admin";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = defineRoutes("/users/{userId}/invoices/{invoiceId}/cancel", invoiceCancelRoutes);
