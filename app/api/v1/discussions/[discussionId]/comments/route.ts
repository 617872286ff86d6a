import { defineRoutes } from "@/lib/api/routes";
import { commentsRoutes } from "../../../_routes/discussions";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = defineRoutes("/discussions/{discussionId}/comments", commentsRoutes);
