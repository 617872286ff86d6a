// Page/limit input shared by every list, and the contract's pagination object.
import { z } from "zod";
import { msg } from "@/lib/i18n/validation-text";
import { ZText } from "./text";

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 10;

/** Query strings send "" for an empty form field: that means "not given". */
export const blankAsMissing = <S extends z.ZodType>(schema: S) => z.preprocess((value) => (value === "" ? undefined : value), schema);

export const ZPageQuery = z.object({
  page: blankAsMissing(z.coerce.number({ error: msg("fieldNumber") }).int(msg("fieldWhole")).min(1, msg("fieldAtLeast")).default(1)),
  limit: blankAsMissing(
    z.coerce
    .number({ error: msg("fieldNumber") })
    .int(msg("fieldWhole"))
    .min(1, msg("fieldAtLeast"))
    .max(MAX_PAGE_SIZE, msg("fieldAtMost"))
    .default(DEFAULT_PAGE_SIZE),
  ),
});

/** The `q` of a list: trimmed, at most 100 characters; blank means no search. */
export const ZSearch = ZText()
  .trim()
  .max(100, msg("fieldMaxLength"))
  .optional()
  .transform((q) => q || undefined);

export type PageQuery = z.infer<typeof ZPageQuery>;

export type Pagination = {
  currentRecords: number;
  totalRecords: number;
  currentPage: number;
  totalPages: number;
  nextPage: number | null;
  prevPage: number | null;
};

export const pageWindow = ({ page, limit }: PageQuery) => ({ skip: (page - 1) * limit, take: limit });

export function paginate<T>(items: T[], totalRecords: number, { page, limit }: PageQuery): { items: T[]; pagination: Pagination } {
  const totalPages = Math.ceil(totalRecords / limit);
  return {
    items,
    pagination: {
      currentRecords: items.length,
      totalRecords,
      currentPage: page,
      totalPages,
      nextPage: page < totalPages ? page + 1 : null,
      prevPage: page > 1 ? Math.min(page - 1, Math.max(totalPages, 1)) : null,
    },
  };
}
