import { z } from "zod";
import { msg } from "@/lib/i18n/validation-text";
import { courseStatusLabels } from "@/lib/shared/labels";
import { blankAsMissing, ZPageQuery, ZSearch } from "@/lib/shared/pagination";
import { ZText } from "@/lib/shared/text";

export const courseSorts = ["newest", "oldest", "title", "price-asc", "price-desc", "popular"] as const;
export type CourseSort = (typeof courseSorts)[number];

// Messages name the field by its key, the last step of the path.
const ZPositiveId = () =>
  z.coerce.number({ error: msg("fieldNumber") }).int(msg("fieldWhole")).positive(msg("fieldPositive")).max(2_147_483_647, msg("fieldTooLarge"));

/** Catalog query: search, filters, sort and page. Unknown keys are ignored. */
export const ZCourseListQuery = ZPageQuery.extend({
  q: ZSearch,
  categoryId: blankAsMissing(ZPositiveId().optional()),
  teacherId: blankAsMissing(ZPositiveId().optional()),
  status: blankAsMissing(courseStatusLabels.schema.optional()),
  sort: blankAsMissing(z.enum(courseSorts, { error: msg("fieldOneOf") }).default("newest")),
});

export type CourseListQuery = z.infer<typeof ZCourseListQuery>;
export type CourseListInput = z.input<typeof ZCourseListQuery>;

/** A course by id or by slug (exactly one). An object rather than a union, so that a bad
 *  slug is reported on its field, not as "matches neither shape". */
export const ZCourseRef = z
  .object({ id: ZPositiveId().optional(), slug: ZText().min(1, msg("fieldRequired")).max(200, msg("fieldMaxLength")).optional() })
  .refine((ref) => (ref.id === undefined) !== (ref.slug === undefined), msg("courseRef"))
  .transform((ref): { id: number } | { slug: string } => (ref.id !== undefined ? { id: ref.id } : { slug: ref.slug as string }));
export type CourseRef = z.input<typeof ZCourseRef>;
