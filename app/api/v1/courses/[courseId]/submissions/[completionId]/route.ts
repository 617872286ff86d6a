import { defineRoutes } from "@/lib/api/routes";
import { submissionRoutes } from "../../../../_routes/teaching";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = defineRoutes("/courses/{courseId}/submissions/{completionId}", submissionRoutes);
