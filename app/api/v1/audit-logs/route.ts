import { defineRoutes } from "@/lib/api/routes";
import { auditLogRoutes } from "../_routes/audit";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = defineRoutes("/audit-logs", auditLogRoutes);
