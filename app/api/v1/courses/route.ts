import { defineRoutes } from "@/lib/api/routes";
import { courseNoun, createCourseSpec, listCoursesSpec } from "../_routes/courses";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = defineRoutes("/courses", { GET: listCoursesSpec(courseNoun), POST: createCourseSpec(courseNoun) });
