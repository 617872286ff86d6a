import { defineRoutes } from "@/lib/api/routes";
import { courseNoun, deleteCourseSpec, getCourseSpec, updateCourseSpec } from "../../_routes/courses";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = defineRoutes("/courses/{courseId}", {
  GET: getCourseSpec(courseNoun),
  PATCH: updateCourseSpec(courseNoun),
  PUT: updateCourseSpec(courseNoun),
  DELETE: deleteCourseSpec(courseNoun),
});
