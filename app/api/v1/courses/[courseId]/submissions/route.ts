import { defineRoutes } from "@/lib/api/routes";
import { submissionListRoutes } from "../../../_routes/teaching";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = defineRoutes("/courses/{courseId}/submissions", submissionListRoutes);
