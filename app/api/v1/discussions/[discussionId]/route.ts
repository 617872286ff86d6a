import { defineRoutes } from "@/lib/api/routes";
import { discussionRoutes } from "../../_routes/discussions";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = defineRoutes("/discussions/{discussionId}", discussionRoutes);
