import { defineRoutes } from "@/lib/api/routes";
import { contentRoutes } from "../../../../../../_routes/contents";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = defineRoutes("/courses/{courseId}/modules/{moduleId}/contents/{contentId}", contentRoutes);
