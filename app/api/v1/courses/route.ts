import { courseNoun, listCoursesRoute } from "../_handlers/courses";

export const GET = listCoursesRoute(courseNoun);
