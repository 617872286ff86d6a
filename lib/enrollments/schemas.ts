// Enrolment inputs, shared by the course page's action and the API (client-safe).
import { z } from "zod";
import { msg } from "@/lib/i18n/validation-text";
import { enrollmentStatusLabels } from "@/lib/shared/labels";
import { ZPositiveId } from "@/lib/courses/schemas";
import { blankAsMissing, ZPageQuery, ZSearch } from "@/lib/shared/pagination";

const ZId = z.coerce
  .number({ error: msg("fieldNumber") })
  .int(msg("fieldWhole"))
  .positive(msg("fieldPositive"))
  .max(2_147_483_647, msg("fieldTooLarge"));

/** The contract sends programId; courseId is the same thing under this app's name. */
export const ZEnrolInput = z
  .object({ programId: ZId.optional(), courseId: ZId.optional() })
  .transform((input, ctx) => {
    const courseId = input.courseId ?? input.programId;
    if (courseId === undefined) {
      ctx.addIssue({ code: "custom", path: ["programId"], message: msg("fieldRequired") });
      return z.NEVER;
    }
    return { courseId };
  });
export type EnrolInput = z.input<typeof ZEnrolInput>;

export const ZEnrollmentListQuery = ZPageQuery.extend({
  status: blankAsMissing(enrollmentStatusLabels.schema.optional()),
});

/** What an admin may change: the status (Completed sets completedAt and issues the certificate). */
export const ZUpdateEnrollmentInput = z.object({ status: enrollmentStatusLabels.schema });

export const adminEnrollmentSorts = ["newest", "oldest", "progress", "progress-asc"] as const;

/** The admins' list of every enrolment: by status, course, student (id, or part of the name or email). */
export const ZAdminEnrollmentListQuery = ZEnrollmentListQuery.extend({
  q: ZSearch,
  courseId: blankAsMissing(ZPositiveId().optional()),
  studentId: blankAsMissing(ZPositiveId().optional()),
  sort: blankAsMissing(z.enum(adminEnrollmentSorts, { error: msg("fieldOneOf") }).default("newest")),
});
export type AdminEnrollmentListInput = z.input<typeof ZAdminEnrollmentListQuery>;
