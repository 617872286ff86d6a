import { defineRoutes } from "@/lib/api/routes";
import { deleteCourseSpec, getCourseSpec, programNoun, updateCourseSpec } from "../../_routes/courses";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = defineRoutes("/programs/{programId}", {
  GET: getCourseSpec(programNoun),
  PATCH: updateCourseSpec(programNoun),
  PUT: updateCourseSpec(programNoun),
  DELETE: deleteCourseSpec(programNoun),
});
