// Content route declarations under /api/v1/courses/{courseId}/modules/{moduleId}/contents.
import { z } from "zod";
import { route } from "@/lib/api/route-spec";
import { ZNoData, ZPathId } from "@/lib/api/contract-schemas";
import { TEACHING_ROLES } from "@/lib/auth/policy";
import { createContent } from "@/lib/contents/create-content";
import { deleteContent } from "@/lib/contents/delete-content";
import { getContent } from "@/lib/contents/get-content";
import { listContents } from "@/lib/contents/list-contents";
import { ZCreateContentInput, ZUpdateContentInput } from "@/lib/contents/schemas";
import { updateContent } from "@/lib/contents/update-content";
import { ZContentView } from "@/lib/contents/view-schemas";
import { ZPageQuery } from "@/lib/shared/pagination";

const TAG = "Contents";
const listParams = z.object({ courseId: ZPathId("courseId"), moduleId: ZPathId("moduleId") });
const contentParams = listParams.extend({ contentId: ZPathId("contentId") });

const READERS =
  "Any signed-in user who may see the course (a draft's or archived course's contents only for its teacher and admins; 404 for others). Those who may read its content (its teacher, admins, students with a paid enrolment of a released course) get the whole content; everyone else gets the outline item with `locked: true` and nothing of its substance. Quiz options carry `isCorrect` only for the course's teacher and admins.";
const WRITERS = "The course's teacher or an admin. Another teacher gets 403 on a published course and 404 on a draft; students get 403.";

export const contentListRoutes = {
  GET: route({
    summary: "List a module's contents",
    description: `In order, paginated. ${READERS}`,
    tags: [TAG],
    auth: "required",
    params: listParams,
    query: ZPageQuery,
    data: z.object({ contents: z.array(ZContentView) }),
    paginated: true,
    errors: [404],
    handler: async ({ actor, params, query }) => {
      const { contents, pagination } = await listContents(actor, params.courseId, params.moduleId, query);
      return { message: { key: "contentsListed" }, data: { contents }, pagination };
    },
  }),
  POST: route({
    summary: "Add a content to a module",
    description: `At the end of the module. \`type\` (Lesson, Video, Link, File, Quiz, Assignment; any case, or LESSON…) picks the fields: LESSON \`body\` (markdown); VIDEO \`url\` (YouTube, Vimeo, or an https .mp4/.webm file); LINK \`url\` (http/https); FILE title and description (upload the file to its \`/file\` endpoint); QUIZ \`questions\` (each single choice with exactly one correct option, or multiple choice with at least one), \`passMark\` (%), \`maxAttempts\` (1–10, null = unlimited), shuffle and show-answers flags; ASSIGNMENT \`body\` (instructions), \`dueAt\`, \`submissionKinds\` (Text, URL, File), \`completionRule\` (On submission, or On passing grade with \`passMark\`). ${WRITERS}`,
    tags: [TAG],
    auth: "required",
    roles: TEACHING_ROLES,
    params: listParams,
    body: ZCreateContentInput,
    status: 201,
    data: z.object({ content: ZContentView }),
    errors: [404],
    handler: async ({ actor, params, body }) => ({
      status: 201,
      message: { key: "contentCreated" },
      data: { content: await createContent(actor, params.courseId, params.moduleId, body) },
    }),
  }),
};

export const contentRoutes = {
  GET: route({
    summary: "Get a content",
    description: `${READERS} A content of another module is 404.`,
    tags: [TAG],
    auth: "required",
    params: contentParams,
    data: z.object({ content: ZContentView }),
    errors: [404],
    handler: async ({ actor, params }) => ({
      message: { key: "contentRetrieved" },
      data: { content: await getContent(actor, params.courseId, params.moduleId, params.contentId) },
    }),
  }),
  PATCH: route({
    summary: "Update, reorder or move a content",
    description: `Any of its type's fields (the type itself cannot change: 400); quiz \`questions\`, when given, replace the whole set. \`position\` reorders it in its module (1-based; past the end means last), \`moduleId\` moves it to another module of the same course (at \`position\`, else last); positions stay 1..n in both. ${WRITERS}`,
    tags: [TAG],
    auth: "required",
    roles: TEACHING_ROLES,
    params: contentParams,
    body: ZUpdateContentInput,
    data: z.object({ content: ZContentView }),
    errors: [404],
    handler: async ({ actor, params, body }) => ({
      message: { key: "contentUpdated" },
      data: { content: await updateContent(actor, params.courseId, params.moduleId, params.contentId, body) },
    }),
  }),
  DELETE: route({
    summary: "Delete a content",
    description: `The contents after it move up; its file, if any, is deleted. ${WRITERS}`,
    tags: [TAG],
    auth: "required",
    roles: TEACHING_ROLES,
    params: contentParams,
    data: ZNoData,
    errors: [404],
    handler: async ({ actor, params }) => {
      await deleteContent(actor, params.courseId, params.moduleId, params.contentId);
      return { message: { key: "contentDeleted" } };
    },
  }),
};
