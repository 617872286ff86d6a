import { z } from "zod";
import { route } from "@/lib/api/route-spec";
import { defineRoutes } from "@/lib/api/routes";
import { ZNoData, ZPathId } from "@/lib/api/contract-schemas";
import { ADMIN_ROLES } from "@/lib/auth/policy";
import { deleteCategory } from "@/lib/categories/delete-category";
import { getCategory } from "@/lib/categories/get-category";
import { ZDeleteCategoryInput, ZUpdateCategoryInput } from "@/lib/categories/schemas";
import { updateCategory } from "@/lib/categories/update-category";
import { ZCategoryView } from "@/lib/categories/view-schemas";

const params = z.object({ categoryId: ZPathId("categoryId") });

const update = route({
  summary: "Rename or describe a category (admins)",
  description: "Only the fields sent change; a new name brings a new slug. 409 with a field error on `name` when another category has the name, in any case.",
  tags: ["Categories"],
  auth: "required",
  roles: ADMIN_ROLES,
  params,
  body: ZUpdateCategoryInput,
  data: z.object({ category: ZCategoryView }),
  errors: [404, 409],
  handler: async ({ actor, params, body }) => ({ message: { key: "categoryUpdated" }, data: { category: await updateCategory(actor, params.categoryId, body) } }),
});

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = defineRoutes("/categories/{categoryId}", {
  GET: route({
    summary: "Get a category",
    tags: ["Categories"],
    auth: "optional",
    params,
    data: z.object({ category: ZCategoryView }),
    publicCache: true,
    errors: [404],
    handler: async ({ actor, params }) => ({ message: { key: "categoryRetrieved" }, data: { category: await getCategory(actor, params.categoryId) } }),
  }),
  // PATCH is the contract's style; PUT serves clients of the seed-000 API the same way.
  PATCH: update,
  PUT: update,
  DELETE: route({
    summary: "Delete a category (admins)",
    description:
      "409 while courses (of any status) use it, unless `moveTo` names another category that takes them over in the same step (in the JSON body, or as `?moveTo=`; the body wins). 400 with a field error on `moveTo` when it is this category or does not exist.",
    tags: ["Categories"],
    auth: "required",
    roles: ADMIN_ROLES,
    params,
    query: ZDeleteCategoryInput,
    body: ZDeleteCategoryInput,
    data: ZNoData,
    errors: [404, 409],
    handler: async ({ actor, params, query, body }) => {
      await deleteCategory(actor, params.categoryId, { moveTo: body.moveTo ?? query.moveTo });
      return { message: { key: "categoryDeleted" } };
    },
  }),
});
