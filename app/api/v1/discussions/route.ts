import { defineRoutes } from "@/lib/api/routes";
import { discussionsRoutes } from "../_routes/discussions";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = defineRoutes("/discussions", discussionsRoutes);
