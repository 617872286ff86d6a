import { defineRoutes } from "@/lib/api/routes";
import { courseNoun, getCourseSpec } from "../../_routes/courses";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = defineRoutes("/courses/{courseId}", { GET: getCourseSpec(courseNoun) });
