import { defineRoutes } from "@/lib/api/routes";
import { commentLikeRoutes } from "../../../../../_routes/discussions";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = defineRoutes("/discussions/{discussionId}/comments/{commentId}/like", commentLikeRoutes);
