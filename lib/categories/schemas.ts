// Category inputs, shared by the admin forms, the server actions and the API routes
// (client-safe: no database here).
import { z } from "zod";
import { msg } from "@/lib/i18n/validation-text";
import { blankAsMissing, ZPageQuery, ZSearch } from "@/lib/shared/pagination";
import { ZText } from "@/lib/shared/text";
import { MAX_CATEGORY_DESCRIPTION, MAX_CATEGORY_NAME } from "./limits";

/** name: A–Z (the default); courses: most courses first. */
export const categorySorts = ["name", "name-desc", "courses", "courses-asc"] as const;
export type CategorySort = (typeof categorySorts)[number];

// Inner runs of spaces are collapsed, so "Web  Design" cannot pass for another name than "Web Design".
const ZCategoryName = ZText({ error: msg("categoryNameRequired") })
  .trim()
  .min(1, msg("categoryNameRequired"))
  .max(MAX_CATEGORY_NAME, msg("categoryNameMax"))
  .transform((name) => name.replace(/\s+/g, " "));

const ZCategoryDescription = ZText().trim().max(MAX_CATEGORY_DESCRIPTION, msg("categoryDescriptionMax"));

const ZCategoryId = z.coerce
  .number({ error: msg("fieldNumber") })
  .int(msg("fieldWhole"))
  .positive(msg("fieldPositive"))
  .max(2_147_483_647, msg("fieldTooLarge"));

export const ZCategoryListQuery = ZPageQuery.extend({
  q: ZSearch,
  sort: blankAsMissing(z.enum(categorySorts, { error: msg("fieldOneOf") }).default("name")),
});
export type CategoryListQuery = z.infer<typeof ZCategoryListQuery>;

/** A new category; its slug is derived from the name. */
export const ZCreateCategoryInput = z.object({
  name: ZCategoryName,
  description: ZCategoryDescription.optional(),
});
export type CreateCategoryInput = z.input<typeof ZCreateCategoryInput>;

/** Rename or describe: only what is sent changes; a new name gives a new slug. */
export const ZUpdateCategoryInput = z.object({
  name: ZCategoryName.optional(),
  description: ZCategoryDescription.optional(),
});
export type UpdateCategoryInput = z.input<typeof ZUpdateCategoryInput>;

/** moveTo: the category that takes over the deleted one's courses, in the same step. */
export const ZDeleteCategoryInput = z.object({
  moveTo: blankAsMissing(ZCategoryId.optional()),
});
export type DeleteCategoryInput = z.input<typeof ZDeleteCategoryInput>;
