import { defineRoutes } from "@/lib/api/routes";
import { certificatesListRoutes } from "../_routes/billing-admin";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = defineRoutes("/certificates", certificatesListRoutes);
