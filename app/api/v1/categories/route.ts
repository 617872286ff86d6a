import { z } from "zod";
import { route } from "@/lib/api/route-spec";
import { defineRoutes } from "@/lib/api/routes";
import { ADMIN_ROLES } from "@/lib/auth/policy";
import { createCategory } from "@/lib/categories/create-category";
import { listCategories } from "@/lib/categories/list-categories";
import { ZCategoryListQuery, ZCreateCategoryInput } from "@/lib/categories/schemas";
import { ZCategoryView } from "@/lib/categories/view-schemas";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = defineRoutes("/categories", {
  GET: route({
    summary: "List categories",
    description:
      "Every category with `coursesCount`: the courses the caller may see in it (published ones for the public). Searched by name or description (`q`), sorted by `name` (A–Z, the default), `name-desc`, `courses` (most first) or `courses-asc`, paginated.",
    tags: ["Categories"],
    auth: "optional",
    query: ZCategoryListQuery,
    data: z.object({ categories: z.array(ZCategoryView) }),
    paginated: true,
    publicCache: true,
    handler: async ({ actor, query }) => {
      const { categories, pagination } = await listCategories(actor, query);
      return { message: { key: "categoriesListed" }, data: { categories }, pagination };
    },
  }),
  POST: route({
    summary: "Create a category (admins)",
    description: "The slug is derived from the name. 409 with a field error on `name` when a category has the name already, in any case.",
    tags: ["Categories"],
    auth: "required",
    roles: ADMIN_ROLES,
    body: ZCreateCategoryInput,
    status: 201,
    data: z.object({ category: ZCategoryView }),
    errors: [409],
    handler: async ({ actor, body }) => ({ status: 201, message: { key: "categoryCreated" }, data: { category: await createCategory(actor, body) } }),
  }),
});
