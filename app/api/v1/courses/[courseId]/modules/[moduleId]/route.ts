import { defineRoutes } from "@/lib/api/routes";
import { courseNoun } from "../../../../_routes/courses";
import { moduleRoutes } from "../../../../_routes/modules";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = defineRoutes("/courses/{courseId}/modules/{moduleId}", moduleRoutes(courseNoun));
