// A student's record of a content as the API shows it (views.ts), for the OpenAPI document
// and answer checks in tests.
import { z } from "zod";
import { ZTimestamp } from "@/lib/api/contract-schemas";
import { enrollmentStatusLabels } from "@/lib/shared/labels";

const id = () => z.number().int();
const percent = () => z.number().meta({ description: "Percent, two decimals" });

export const ZQuizAttemptView = z
  .object({ id: id(), points: z.number().int(), maxPoints: z.number().int(), percentage: percent(), passed: z.boolean(), createdAt: ZTimestamp })
  .meta({ id: "QuizAttempt" });

export const ZSubmissionView = z
  .object({
    completionId: id(),
    text: z.string().nullable(),
    url: z.string().nullable(),
    file: z
      .object({ name: z.string(), size: z.number().int(), type: z.string(), downloadUrl: z.string().meta({ description: "Web download for the submitter (signed in), the course's teacher and admins" }) })
      .nullable(),
    submittedAt: ZTimestamp,
    late: z.boolean().meta({ description: "Handed in after the due date" }),
    grade: z.number().int().nullable().meta({ description: "0–100, once graded" }),
    feedback: z.string().nullable().meta({ description: "Markdown" }),
    gradedAt: ZTimestamp.nullable(),
  })
  .meta({ id: "OwnSubmission" });

const stateShape = {
  contentId: id(),
  completed: z.boolean().meta({ description: "Whether it counts towards progress" }),
  completedAt: ZTimestamp.nullable(),
  quiz: z
    .object({
      passMark: z.number().int(),
      attempts: z.array(ZQuizAttemptView),
      attemptsUsed: z.number().int(),
      attemptsLeft: z.number().int().nullable().meta({ description: "null: unlimited" }),
      bestPercentage: percent().nullable().meta({ description: "The best attempt's percentage: the one that counts" }),
    })
    .nullable(),
  submission: ZSubmissionView.nullable(),
};

export const ZContentState = z.object(stateShape).meta({ id: "ContentProgress" });

export const ZAttemptResult = z
  .object({
    id: id(),
    score: z.number().int().meta({ description: "The percentage, rounded" }),
    points: z.number().int(),
    maxPoints: z.number().int(),
    percentage: percent(),
    passMark: z.number().int(),
    passed: z.boolean(),
    attemptsUsed: z.number().int(),
    attemptsLeft: z.number().int().nullable(),
    best: percent(),
    questions: z
      .array(z.object({ questionId: id(), correct: z.boolean(), chosenOptionIds: z.array(id()), correctOptionIds: z.array(id()) }))
      .optional()
      .meta({ description: "Only when the teacher shows correct answers" }),
  })
  .meta({ id: "QuizAttemptResult" });

export const ZCompletionOutcome = z
  .object({
    ...stateShape,
    progressPercentage: percent(),
    enrollmentStatus: z.enum(enrollmentStatusLabels.labels as [string, ...string[]]),
    attempt: ZAttemptResult.optional().meta({ description: "A quiz: the attempt just graded" }),
  })
  .meta({ id: "Completion" });
