import { listCoursesRoute, programNoun } from "../_handlers/courses";

export const GET = listCoursesRoute(programNoun);
