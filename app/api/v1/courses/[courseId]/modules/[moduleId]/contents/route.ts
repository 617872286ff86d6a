import { defineRoutes } from "@/lib/api/routes";
import { contentListRoutes } from "../../../../../_routes/contents";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = defineRoutes("/courses/{courseId}/modules/{moduleId}/contents", contentListRoutes);
