// A course's student as the API shows them, for the OpenAPI document and answer checks in tests.
import { z } from "zod";
import { ZTimestamp } from "@/lib/api/contract-schemas";
import { enrollmentStatusLabels } from "@/lib/shared/labels";

export const ZCourseStudentView = z
  .object({
    enrollmentId: z.number().int(),
    student: z.object({ id: z.number().int(), fullName: z.string(), email: z.string() }),
    status: z.enum(enrollmentStatusLabels.labels as [string, ...string[]]),
    progressPercentage: z.number().min(0).max(100).meta({ description: "Completed contents / all contents, two decimals" }),
    enrolledAt: ZTimestamp,
    completedAt: ZTimestamp.nullable(),
    lastActivityAt: ZTimestamp.nullable().meta({ description: "The latest of the student's last opened content, completion, submission or quiz attempt in the course" }),
    quizzes: z.object({
      total: z.number().int().meta({ description: "Quizzes in the course" }),
      taken: z.number().int().meta({ description: "Quizzes the student has attempted" }),
      averageScore: z.number().nullable().meta({ description: "The mean of the student's best score (percent) per attempted quiz; null before any attempt" }),
    }),
    assignments: z.object({
      total: z.number().int().meta({ description: "Assignments in the course" }),
      submitted: z.number().int(),
      graded: z.number().int(),
      late: z.number().int().meta({ description: "Submitted after the due date" }),
    }),
  })
  .meta({ id: "CourseStudent" });
export type CourseStudentView = z.infer<typeof ZCourseStudentView>;
