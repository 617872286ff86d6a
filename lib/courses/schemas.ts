import { z } from "zod";
import { courseStatusLabels } from "@/lib/shared/labels";
import { blankAsMissing, ZPageQuery } from "@/lib/shared/pagination";

export const courseSorts = ["newest", "oldest", "title", "price-asc", "price-desc", "popular"] as const;
export type CourseSort = (typeof courseSorts)[number];

const ZPositiveId = (name: string) =>
  z.coerce.number({ error: `${name} must be a number` }).int(`${name} must be a whole number`).positive(`${name} must be positive`).max(2_147_483_647, `${name} is too large`);

/** Catalog query: search, filters, sort and page. Unknown keys are ignored. */
export const ZCourseListQuery = ZPageQuery.extend({
  q: z.string().trim().max(100, "q must be at most 100 characters").optional().transform((q) => q || undefined),
  categoryId: blankAsMissing(ZPositiveId("categoryId").optional()),
  teacherId: blankAsMissing(ZPositiveId("teacherId").optional()),
  status: blankAsMissing(courseStatusLabels.schema.optional()),
  sort: blankAsMissing(z.enum(courseSorts, { error: `sort must be one of: ${courseSorts.join(", ")}` }).default("newest")),
});

export type CourseListQuery = z.infer<typeof ZCourseListQuery>;
export type CourseListInput = z.input<typeof ZCourseListQuery>;

export const ZCourseRef = z.union([z.object({ id: ZPositiveId("id") }), z.object({ slug: z.string().min(1).max(200) })]);
export type CourseRef = z.input<typeof ZCourseRef>;
