import { defineRoutes } from "@/lib/api/routes";
import { commentReplyRoutes } from "../../../../../_routes/discussions";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = defineRoutes("/discussions/{discussionId}/comments/{commentId}/reply", commentReplyRoutes);
