import { courseNoun, getCourseRoute } from "../../_handlers/courses";

export const GET = getCourseRoute(courseNoun);
