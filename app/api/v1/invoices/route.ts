import { defineRoutes } from "@/lib/api/routes";
import { invoicesListRoutes } from "../_routes/billing-admin";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = defineRoutes("/invoices", invoicesListRoutes);
