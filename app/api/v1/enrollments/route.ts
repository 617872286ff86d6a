import { defineRoutes } from "@/lib/api/routes";
import { enrollmentsListRoutes } from "../_routes/billing-admin";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = defineRoutes("/enrollments", enrollmentsListRoutes);
