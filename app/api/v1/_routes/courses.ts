// Course route declarations, served under /api/v1/courses and under the contract's
// /api/v1/programs alias; the two differ only in the nouns of keys, params and messages.
import { z } from "zod";
import { route } from "@/lib/api/route-spec";
import { ZPathId } from "@/lib/api/contract-schemas";
import { getCourse } from "@/lib/courses/get-course";
import { listCourses } from "@/lib/courses/list-courses";
import { ZCourseListQuery } from "@/lib/courses/schemas";
import { ZCourseDetail, ZCourseSummary } from "@/lib/courses/view-schemas";

type Noun = { one: "course" | "program"; many: "courses" | "programs"; tag: string };
export const courseNoun: Noun = { one: "course", many: "courses", tag: "Courses" };
export const programNoun: Noun = { one: "program", many: "programs", tag: "Programs (alias of courses)" };

export const listCoursesSpec = (noun: Noun) =>
  route({
    summary: `List ${noun.many}`,
    description: "Published courses for everyone; a teacher also sees their own drafts and archived courses, an admin sees all. Searchable, filterable, sortable, paginated.",
    tags: [noun.tag],
    auth: "optional",
    query: ZCourseListQuery,
    data: z.object({ [noun.many]: z.array(ZCourseSummary) }),
    paginated: true,
    publicCache: true,
    handler: async ({ query, actor }) => {
      const { courses, pagination } = await listCourses(actor, query);
      return { message: { key: "coursesListed", values: { noun: noun.many } }, data: { [noun.many]: courses }, pagination };
    },
  });

export const getCourseSpec = (noun: Noun) => {
  const idParam = `${noun.one}Id`;
  return route({
    summary: `Get a ${noun.one} with its outline`,
    tags: [noun.tag],
    auth: "optional",
    params: z.object({ [idParam]: ZPathId(idParam) }),
    data: z.object({ [noun.one]: ZCourseDetail }),
    publicCache: true,
    errors: [404],
    handler: async ({ params, actor }) => {
      const course = await getCourse(actor, { id: params[idParam] as number });
      return { message: { key: "courseRetrieved", values: { noun: noun.one } }, data: { [noun.one]: course } };
    },
  });
};
