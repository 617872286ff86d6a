// The students list of a course: search by name or email, an enrolment status filter, sort
// and page. The same query drives the page, the API and the CSV export.
import { z } from "zod";
import { msg } from "@/lib/i18n/validation-text";
import { enrollmentStatusLabels } from "@/lib/shared/labels";
import { blankAsMissing, ZPageQuery, ZSearch } from "@/lib/shared/pagination";

/** The bare word is each column's natural order: names A–Z, the most progress, the latest activity, the newest enrolment. */
export const courseStudentSorts = ["name", "name-desc", "progress", "progress-asc", "activity", "activity-asc", "enrolled", "enrolled-asc"] as const;
export type CourseStudentSort = (typeof courseStudentSorts)[number];

export const ZCourseStudentsQuery = ZPageQuery.extend({
  q: ZSearch,
  status: blankAsMissing(enrollmentStatusLabels.schema.optional()),
  sort: blankAsMissing(z.enum(courseStudentSorts, { error: msg("fieldOneOf") }).default("name")),
});
export type CourseStudentsInput = z.input<typeof ZCourseStudentsQuery>;
export type CourseStudentsQuery = z.output<typeof ZCourseStudentsQuery>;
