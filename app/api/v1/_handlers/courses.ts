// Course routes, served under /api/v1/courses and under the contract's /api/v1/programs
// alias; the two differ only in the nouns of keys and messages.
import { searchParamsOf, parseId } from "@/lib/api/request";
import { withApi } from "@/lib/api/with-api";
import { getCourse } from "@/lib/courses/get-course";
import { listCourses } from "@/lib/courses/list-courses";

type Noun = { one: "course" | "program"; many: "courses" | "programs" };
export const courseNoun: Noun = { one: "course", many: "courses" };
export const programNoun: Noun = { one: "program", many: "programs" };

export const listCoursesRoute = (noun: Noun) =>
  withApi(async ({ req, actor }) => {
    const { courses, pagination } = await listCourses(actor, searchParamsOf(req));
    return { message: `Successfully retrieved all ${noun.many}.`, data: { [noun.many]: courses }, pagination };
  });

export const getCourseRoute = (noun: Noun) =>
  withApi<Record<string, string>>(async ({ params, actor }) => {
    const idParam = `${noun.one}Id`;
    const course = await getCourse(actor, { id: parseId(params[idParam], idParam) });
    return { message: `Successfully retrieved ${noun.one} details.`, data: { [noun.one]: course } };
  });
