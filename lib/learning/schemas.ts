// What completing a content takes, shared by the reader's forms, its server actions and the
// API: nothing for lessons, videos, links and files; the chosen options of every question for
// a quiz; a text and/or a link (and, through multipart, a file) for an assignment.
import { z } from "zod";
import { isWebUrl, URL_MAX } from "@/lib/contents/schemas";
import { msg } from "@/lib/i18n/validation-text";
import { ZText } from "@/lib/shared/text";

export const SUBMISSION_TEXT_MAX = 20_000;

/** Question id (a string, as JSON keys are) → the ids of the options chosen. */
export const ZQuizAnswers = z.record(
  z.string().regex(/^\d{1,10}$/, msg("quizQuestionId")),
  z.array(z.number({ error: msg("fieldNumber") }).int(msg("fieldWhole")).positive(msg("fieldPositive")), { error: msg("fieldList") }).max(20),
  { error: msg("quizAnswersObject") },
);

export const ZQuizAttemptInput = z.object({ answers: ZQuizAnswers }).meta({ id: "QuizAttemptInput" });
export type QuizAttemptInput = z.input<typeof ZQuizAttemptInput>;

// An empty field (a form's untouched input) is the same as one left out.
const blankToUndefined = (value: string | undefined) => (value === "" ? undefined : value);

export const ZSubmissionInput = z
  .object({
    text: ZText({ error: msg("fieldText") }).trim().max(SUBMISSION_TEXT_MAX, msg("fieldMaxLength")).optional().transform(blankToUndefined),
    url: ZText({ error: msg("fieldText") })
      .trim()
      .max(URL_MAX, msg("fieldMaxLength"))
      .refine((value) => value === "" || isWebUrl(value), msg("webUrl"))
      .optional()
      .transform(blankToUndefined)
      .meta({ description: `An http(s) address, at most ${URL_MAX} characters` }),
  })
  .meta({ id: "SubmissionInput" });
export type SubmissionInput = z.input<typeof ZSubmissionInput>;

