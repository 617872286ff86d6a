import { z } from "zod";
import { msg } from "@/lib/i18n/validation-text";
import { courseStatusLabels } from "@/lib/shared/labels";
import { blankAsMissing, ZPageQuery, ZSearch } from "@/lib/shared/pagination";
import { ZText } from "@/lib/shared/text";
import { MAX_DESCRIPTION_LENGTH, MAX_PRICE_IDR, MAX_TITLE_LENGTH } from "./course-limits";
import { MAX_SLUG_LENGTH, SLUG_PATTERN } from "./slug";

export const courseSorts = ["newest", "oldest", "title", "price-asc", "price-desc", "popular"] as const;
export type CourseSort = (typeof courseSorts)[number];

// Messages name the field by its key, the last step of the path.
/** A positive 32-bit id read from a query string. */
export const ZPositiveId = () =>
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

// A number from JSON, or from a form field's text ("150000"); blank means "not given".
const fromFormText = (value: unknown) => (typeof value === "string" ? (value.trim() === "" ? undefined : Number(value)) : value);
const ZWhole = () => z.number({ error: msg("fieldNumber") }).int(msg("fieldWhole"));

const ZTitle = ZText({ error: msg("courseTitleRequired") })
  .trim()
  .min(1, msg("courseTitleRequired"))
  .max(MAX_TITLE_LENGTH, msg("courseTitleMax"));

/** Typed in any case and with stray spaces, stored lowercase; blank means "derive it from the title". */
const ZSlug = z.preprocess(
  (value) => (typeof value === "string" ? value.trim().toLowerCase() || undefined : value),
  ZText().max(MAX_SLUG_LENGTH, msg("fieldMaxLength")).regex(SLUG_PATTERN, msg("slugFormat")).optional(),
);

const ZCategoryId = z.preprocess((value) => (value === "" ? null : fromFormText(value)), ZWhole().positive(msg("fieldPositive")).max(2_147_483_647, msg("fieldTooLarge")).nullable());

const ZPrice = z.preprocess(fromFormText, ZWhole().min(0, msg("priceNegative")).max(MAX_PRICE_IDR, msg("priceMax")));

/**
 * An ISO-8601 date-time, or null for "no release date". A value without a zone is read as
 * UTC; the form turns the browser's wall-clock time into an instant before it sends one.
 */
const ZReleaseDate = z.preprocess(
  (value) => (value === "" ? null : value),
  ZText().pipe(z.iso.datetime({ offset: true, local: true, error: msg("releaseDateInvalid") })).nullable(),
);

const ZTeacherId = z.preprocess(fromFormText, ZWhole().positive(msg("fieldPositive")).max(2_147_483_647, msg("fieldTooLarge")));

const courseFields = {
  title: ZTitle,
  slug: ZSlug.meta({ description: "Lowercase letters, digits and dashes; derived from the title when absent" }),
  categoryId: ZCategoryId.optional().meta({ description: "An existing category, or null for none" }),
  description: ZText().max(MAX_DESCRIPTION_LENGTH, msg("fieldMaxLength")).optional().meta({ description: "Markdown" }),
  priceIDR: ZPrice.optional().meta({ description: "Whole rupiah; 0 = free" }),
  releaseDate: ZReleaseDate.optional().meta({ description: "ISO-8601 date-time (read as UTC without a zone), or null; content stays locked until then" }),
  status: courseStatusLabels.schema.optional().meta({ description: "Draft, Published or Archived, in any case; publishing needs a module with a content" }),
  teacherId: ZTeacherId.optional().meta({ description: "Admins only: the teacher (or admin) the course belongs to" }),
};

/** A new course: only the title is needed; it starts as a free draft in no category. */
export const ZCreateCourseInput = z.object(courseFields);
export type CreateCourseInput = z.input<typeof ZCreateCourseInput>;

/** A change to a course: every field optional (absent means unchanged; null clears category and release date). */
export const ZUpdateCourseInput = z.object({ ...courseFields, title: ZTitle.optional() });
export type UpdateCourseInput = z.input<typeof ZUpdateCourseInput>;
export type CourseChanges = z.output<typeof ZUpdateCourseInput>;

/** The release date as stored: an instant, reading a zone-less value as UTC. */
export const releaseInstant = (value: string | null | undefined) =>
  value === undefined ? undefined : value === null ? null : new Date(/[zZ]|[+-]\d\d:\d\d$/.test(value) ? value : `${value}Z`);

export const managedCourseSorts = ["updated", "title", "newest", "students"] as const;

/** The teaching area's list: search, status, an admin's teacher filter, sort and page. */
export const ZManagedCourseListQuery = ZPageQuery.extend({
  q: ZSearch,
  status: blankAsMissing(courseStatusLabels.schema.optional()),
  teacherId: blankAsMissing(ZPositiveId().optional()),
  sort: blankAsMissing(z.enum(managedCourseSorts, { error: msg("fieldOneOf") }).default("updated")),
});
export type ManagedCourseListInput = z.input<typeof ZManagedCourseListQuery>;
