// Course route declarations, served under /api/v1/courses and under the contract's
// /api/v1/programs alias; the two differ only in the nouns of keys, params and messages.
import { z } from "zod";
import { route } from "@/lib/api/route-spec";
import { ZNoData, ZPathId } from "@/lib/api/contract-schemas";
import { TEACHING_ROLES } from "@/lib/auth/policy";
import { createCourse } from "@/lib/courses/create-course";
import { deleteCourse } from "@/lib/courses/delete-course";
import { getCourse } from "@/lib/courses/get-course";
import { listCourses } from "@/lib/courses/list-courses";
import { ZCourseListQuery, ZCreateCourseInput, ZUpdateCourseInput } from "@/lib/courses/schemas";
import { updateCourse } from "@/lib/courses/update-course";
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

/** The path's id is named by the noun: {courseId} or {programId}. */
const idParamOf = (noun: Noun) => `${noun.one}Id`;
const paramsOf = (noun: Noun) => z.object({ [idParamOf(noun)]: ZPathId(idParamOf(noun)) });

export const getCourseSpec = (noun: Noun) =>
  route({
    summary: `Get a ${noun.one} with its outline`,
    tags: [noun.tag],
    auth: "optional",
    params: paramsOf(noun),
    data: z.object({ [noun.one]: ZCourseDetail }),
    publicCache: true,
    errors: [404],
    handler: async ({ params, actor }) => {
      const course = await getCourse(actor, { id: params[idParamOf(noun)] as number });
      return { message: { key: "courseRetrieved", values: { noun: noun.one } }, data: { [noun.one]: course } };
    },
  });

export const createCourseSpec = (noun: Noun) =>
  route({
    summary: `Create a ${noun.one}`,
    description:
      "Teachers create their own courses; admins create one for any teacher (`teacherId`, themselves by default). A new course is a Draft with its Q&A forum; `slug` is derived from the title when absent (409 on the slug field when a given one is taken).",
    tags: [noun.tag],
    auth: "required",
    roles: TEACHING_ROLES,
    body: ZCreateCourseInput,
    status: 201,
    data: z.object({ [noun.one]: ZCourseDetail }),
    errors: [409],
    handler: async ({ actor, body }) => ({ message: { key: "courseCreated", values: { noun: noun.one } }, data: { [noun.one]: await createCourse(actor, body) } }),
  });

/** PATCH, and PUT for clients of the seed-000 API, which sends the same fields. */
export const updateCourseSpec = (noun: Noun) =>
  route({
    summary: `Update a ${noun.one}`,
    description:
      "Its teacher or an admin changes any of its fields; absent fields stay as they are. `status` moves between Draft, Published and Archived (publishing needs a module with a content: 409 otherwise). Only admins change `teacherId` (reassign). Another teacher's published course is 403, their draft 404.",
    tags: [noun.tag],
    auth: "required",
    roles: TEACHING_ROLES,
    params: paramsOf(noun),
    body: ZUpdateCourseInput,
    data: z.object({ [noun.one]: ZCourseDetail }),
    errors: [404, 409],
    handler: async ({ actor, params, body }) => ({
      message: { key: "courseUpdated", values: { noun: noun.one } },
      data: { [noun.one]: await updateCourse(actor, params[idParamOf(noun)] as number, body) },
    }),
  });

export const deleteCourseSpec = (noun: Noun) =>
  route({
    summary: `Delete a ${noun.one}`,
    description: "Its teacher or an admin deletes it with its modules and contents. A course with enrolments cannot be deleted (409): archive it instead.",
    tags: [noun.tag],
    auth: "required",
    roles: TEACHING_ROLES,
    params: paramsOf(noun),
    data: ZNoData,
    errors: [404, 409],
    handler: async ({ actor, params }) => {
      await deleteCourse(actor, params[idParamOf(noun)] as number);
      return { message: { key: "courseDeleted", values: { noun: noun.one } } };
    },
  });
