import { defineRoutes } from "@/lib/api/routes";
import { createCourseSpec, listCoursesSpec, programNoun } from "../_routes/courses";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = defineRoutes("/programs", { GET: listCoursesSpec(programNoun), POST: createCourseSpec(programNoun) });
