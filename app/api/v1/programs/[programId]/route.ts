import { defineRoutes } from "@/lib/api/routes";
import { getCourseSpec, programNoun } from "../../_routes/courses";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = defineRoutes("/programs/{programId}", { GET: getCourseSpec(programNoun) });
