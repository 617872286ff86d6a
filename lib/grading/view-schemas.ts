// Submissions as the API shows them, for the OpenAPI document and answer checks in tests.
import { z } from "zod";
import { ZTimestamp } from "@/lib/api/contract-schemas";

export const ZSubmissionView = z
  .object({
    id: z.number().int().meta({ description: "The completion's id" }),
    contentId: z.number().int(),
    studentId: z.number().int(),
    text: z.string().nullable(),
    url: z.string().nullable(),
    fileName: z.string().nullable().meta({ description: "The handed-in file's original name, when there is one" }),
    submittedAt: ZTimestamp,
    late: z.boolean().meta({ description: "Handed in after the assignment's due date" }),
    grade: z.number().int().min(0).max(100).nullable(),
    feedback: z.string().nullable().meta({ description: "Markdown" }),
    gradedAt: ZTimestamp.nullable(),
  })
  .meta({ id: "Submission" });
export type SubmissionView = z.infer<typeof ZSubmissionView>;
