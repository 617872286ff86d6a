// Grading inputs, shared by the grading form, its server action and the API.
import { z } from "zod";
import { ZPositiveId } from "@/lib/courses/schemas";
import { msg } from "@/lib/i18n/validation-text";
import { blankAsMissing, ZPageQuery, ZSearch } from "@/lib/shared/pagination";
import { ZText } from "@/lib/shared/text";

export const GRADE_MIN = 0;
export const GRADE_MAX = 100;
export const FEEDBACK_MAX = 10_000;

/** A grade out of 100 and markdown feedback (blank for none). */
export const ZGradeInput = z.object({
  grade: z.number({ error: msg("fieldNumber") }).int(msg("fieldWhole")).min(GRADE_MIN, msg("fieldAtLeast")).max(GRADE_MAX, msg("fieldAtMost")),
  feedback: ZText({ error: msg("fieldText") }).trim().max(FEEDBACK_MAX, msg("fieldMaxLength")).default(""),
});
export type GradeInput = z.input<typeof ZGradeInput>;

/** The grading queue across the actor's courses: optionally one course, or students by name or email. */
export const ZGradingQueueQuery = ZPageQuery.extend({
  q: ZSearch,
  courseId: blankAsMissing(ZPositiveId().optional()),
});
export type GradingQueueInput = z.input<typeof ZGradingQueueQuery>;

export const submissionStates = ["ungraded", "graded", "all"] as const;

/** One course's submissions: waiting for a grade (the default), graded, or all. */
export const ZSubmissionListQuery = ZPageQuery.extend({
  status: blankAsMissing(z.enum(submissionStates, { error: msg("fieldOneOf") }).default("ungraded")),
});
export type SubmissionListInput = z.input<typeof ZSubmissionListQuery>;
