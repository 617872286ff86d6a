import { getCourseRoute, programNoun } from "../../_handlers/courses";

export const GET = getCourseRoute(programNoun);
