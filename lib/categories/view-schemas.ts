// The category as the API shows it, for the OpenAPI document and answer checks in tests.
import { z } from "zod";

export const ZCategoryView = z
  .object({
    id: z.number().int(),
    name: z.string(),
    slug: z.string(),
    description: z.string(),
    coursesCount: z.number().int().meta({ description: "The courses the caller may see in it: published ones for the public, a teacher's own besides, all for admins" }),
  })
  .meta({ id: "Category" });
