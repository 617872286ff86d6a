// Module route declarations, served under /api/v1/courses/{courseId}/modules and under the
// contract's /api/v1/programs/{programId}/modules alias; the two differ only in the name of
// the course's path parameter and their tag.
import { z } from "zod";
import { route } from "@/lib/api/route-spec";
import { ZNoData, ZPathId } from "@/lib/api/contract-schemas";
import { TEACHING_ROLES } from "@/lib/auth/policy";
import { createModule } from "@/lib/modules/create-module";
import { deleteModule } from "@/lib/modules/delete-module";
import { getModule } from "@/lib/modules/get-module";
import { listModules } from "@/lib/modules/list-modules";
import { ZCreateModuleInput, ZModuleListQuery, ZUpdateModuleInput } from "@/lib/modules/schemas";
import { updateModule } from "@/lib/modules/update-module";
import { ZModuleView } from "@/lib/modules/view-schemas";
import type { courseNoun } from "./courses";

type Noun = typeof courseNoun;

const tagOf = (noun: Noun) => (noun.one === "course" ? "Modules" : noun.tag);
const courseParam = (noun: Noun) => `${noun.one}Id`;
const listParams = (noun: Noun) => z.object({ [courseParam(noun)]: ZPathId(courseParam(noun)) });
const moduleParams = (noun: Noun) => z.object({ [courseParam(noun)]: ZPathId(courseParam(noun)), moduleId: ZPathId("moduleId") });
const courseIdOf = (noun: Noun, params: Record<string, unknown>) => params[courseParam(noun)] as number;

const WRITERS = "The course's teacher or an admin. Another teacher gets 403 on a published course and 404 on a draft; students get 403.";

/** GET and POST of /{courses|programs}/{id}/modules. */
export const moduleListRoutes = (noun: Noun) => ({
  GET: route({
    summary: `List a ${noun.one}'s modules`,
    description: "In order, each with its contents' outline (titles and types). Any signed-in user, for a published course; a draft's or archived course's modules only for its teacher and admins (404 for others). Paginated.",
    tags: [tagOf(noun)],
    auth: "required",
    params: listParams(noun),
    query: ZModuleListQuery,
    data: z.object({ modules: z.array(ZModuleView) }),
    paginated: true,
    errors: [404],
    handler: async ({ actor, params, query }) => {
      const { modules, pagination } = await listModules(actor, courseIdOf(noun, params), query);
      return { message: { key: "modulesListed" }, data: { modules }, pagination };
    },
  }),
  POST: route({
    summary: `Add a module to a ${noun.one}`,
    description: `At the end, or at \`position\` (the modules from there move down). ${WRITERS}`,
    tags: [tagOf(noun)],
    auth: "required",
    roles: TEACHING_ROLES,
    params: listParams(noun),
    body: ZCreateModuleInput,
    status: 201,
    data: z.object({ module: ZModuleView }),
    errors: [404],
    handler: async ({ actor, params, body }) => ({
      status: 201,
      message: { key: "moduleCreated" },
      data: { module: await createModule(actor, courseIdOf(noun, params), body) },
    }),
  }),
});

/** GET, PATCH, PUT and DELETE of /{courses|programs}/{id}/modules/{moduleId}. */
export const moduleRoutes = (noun: Noun) => {
  const update = route({
    summary: "Update a module",
    description: `Title, description, and \`position\` to move it (1-based; past the end means last; the others close up, positions stay 1..n). PUT is the same as PATCH. ${WRITERS}`,
    tags: [tagOf(noun)],
    auth: "required",
    roles: TEACHING_ROLES,
    params: moduleParams(noun),
    body: ZUpdateModuleInput,
    data: z.object({ module: ZModuleView }),
    errors: [404],
    handler: async ({ actor, params, body }) => ({
      message: { key: "moduleUpdated" },
      data: { module: await updateModule(actor, courseIdOf(noun, params), params.moduleId as number, body) },
    }),
  });
  return {
    GET: route({
      summary: "Get a module",
      description: "With its contents' outline. Visible as its course is; a module of another course is 404.",
      tags: [tagOf(noun)],
      auth: "required",
      params: moduleParams(noun),
      data: z.object({ module: ZModuleView }),
      errors: [404],
      handler: async ({ actor, params }) => ({
        message: { key: "moduleRetrieved" },
        data: { module: await getModule(actor, courseIdOf(noun, params), params.moduleId as number) },
      }),
    }),
    PATCH: update,
    PUT: update,
    DELETE: route({
      summary: "Delete a module with its contents",
      description: `The modules after it move up. ${WRITERS}`,
      tags: [tagOf(noun)],
      auth: "required",
      roles: TEACHING_ROLES,
      params: moduleParams(noun),
      data: ZNoData,
      errors: [404],
      handler: async ({ actor, params }) => {
        await deleteModule(actor, courseIdOf(noun, params), params.moduleId as number);
        return { message: { key: "moduleDeleted" } };
      },
    }),
  };
};
