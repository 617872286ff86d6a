import { defineRoutes } from "@/lib/api/routes";
import { programNoun } from "../../../../_routes/courses";
import { moduleRoutes } from "../../../../_routes/modules";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = defineRoutes("/programs/{programId}/modules/{moduleId}", moduleRoutes(programNoun));
