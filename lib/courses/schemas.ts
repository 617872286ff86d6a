import { z } from "zod";
import { courseStatusLabels } from "@/lib/shared/labels";
import { blankAsMissing, ZPageQuery, ZSearch } from "@/lib/shared/pagination";
import { ZText } from "@/lib/shared/text";

export const courseSorts = ["newest", "oldest", "title", "price-asc", "price-desc", "popular"] as const;
export type CourseSort = (typeof courseSorts)[number];

const ZPositiveId = (name: string) =>
  z.coerce.number({ error: `${name} must be a number` }).int(`${name} must be a whole number`).positive(`${name} must be positive`).max(2_147_483_647, `${name} is too large`);

/** Catalog query: search, filters, sort and page. Unknown keys are ignored. */
export const ZCourseListQuery = ZPageQuery.extend({
  q: ZSearch,
  categoryId: blankAsMissing(ZPositiveId("categoryId").optional()),
  teacherId: blankAsMissing(ZPositiveId("teacherId").optional()),
  status: blankAsMissing(courseStatusLabels.schema.optional()),
  sort: blankAsMissing(z.enum(courseSorts, { error: `sort must be one of: ${courseSorts.join(", ")}` }).default("newest")),
});

export type CourseListQuery = z.infer<typeof ZCourseListQuery>;
export type CourseListInput = z.input<typeof ZCourseListQuery>;

/** A course by id or by slug (exactly one). An object rather than a union, so that a bad
 *  slug is reported on its field, not as "matches neither shape". */
export const ZCourseRef = z
  .object({ id: ZPositiveId("id").optional(), slug: ZText().min(1, "slug is required").max(200, "slug must be at most 200 characters").optional() })
  .refine((ref) => (ref.id === undefined) !== (ref.slug === undefined), "Give either a course id or a slug.")
  .transform((ref): { id: number } | { slug: string } => (ref.id !== undefined ? { id: ref.id } : { slug: ref.slug as string }));
export type CourseRef = z.input<typeof ZCourseRef>;
