import { defineRoutes } from "@/lib/api/routes";
import { courseStudentsRoutes } from "../../../_routes/teaching";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = defineRoutes("/courses/{courseId}/students", courseStudentsRoutes);
