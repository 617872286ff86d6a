// Content inputs, shared by the curriculum editor's forms, its server actions and the API.
// A content is written as one object whose `type` (a display label such as "Quiz", or the
// identifier QUIZ, in any case) picks the fields it takes. Creating takes the whole shape;
// PATCH takes any of the type's fields (the type itself never changes) plus `position` and
// `moduleId` to reorder or move it. Defaults for absent optional fields are the domain's,
// so a PATCH never resets a field it did not name.
import { z } from "zod";
import type { ContentType } from "@/lib/generated/prisma/enums";
import { msg } from "@/lib/i18n/validation-text";
import { completionRuleLabels, contentTypeLabels, questionTypeLabels, submissionKindLabels } from "@/lib/shared/labels";
import { ZText } from "@/lib/shared/text";
import { MAX_POSITION, ZOptionalText, ZPosition, ZRequiredText } from "@/lib/modules/schemas";
import { parseVideoUrl } from "./video";

export const CONTENT_TITLE_MAX = 200;
export const CONTENT_DESCRIPTION_MAX = 5000;
export const MARKDOWN_MAX = 100_000;
export const URL_MAX = 2000;
export const QUESTIONS_MAX = 100;
export const OPTIONS_MIN = 2;
export const OPTIONS_MAX = 10;
export const POINTS_MAX = 100;
export const ATTEMPTS_MAX = 10;
/** An assignment is graded out of this, always. */
export const ASSIGNMENT_MAX_SCORE = 100;

export const isWebUrl = (value: string) => {
  if (!URL.canParse(value)) return false;
  const url = new URL(value);
  return (url.protocol === "https:" || url.protocol === "http:") && url.hostname !== "" && !url.username && !url.password;
};

const ZUrlText = () => ZText({ error: msg("fieldRequired") }).trim().min(1, msg("fieldRequired")).max(URL_MAX, msg("fieldMaxLength"));
export const ZWebUrl = ZUrlText().refine(isWebUrl, msg("webUrl"));
export const ZVideoUrl = ZUrlText().refine((value) => parseVideoUrl(value) !== null, msg("videoUrl"));
export const ZMarkdown = ZText({ error: msg("fieldText") }).max(MARKDOWN_MAX, msg("fieldMaxLength"));
const ZBoolean = z.boolean({ error: msg("fieldBoolean") });
const ZWhole = (min: number, max: number) => z.number({ error: msg("fieldNumber") }).int(msg("fieldWhole")).min(min, msg("fieldAtLeast")).max(max, msg("fieldAtMost"));
/** A percentage that passes, 0–100. */
export const ZPassMark = ZWhole(0, 100);
/** Attempts a student may make at a quiz; null for unlimited. */
export const ZMaxAttempts = ZWhole(1, ATTEMPTS_MAX).nullable();
/** ISO-8601 with a time zone ("…Z" or "…+07:00"), or null for no deadline. A Date passes
 *  too, so that parsed input parses again the same (routes parse, then the domain does). */
export const ZDueAt = z
  .preprocess(
    (value: string | Date | null) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString() : value),
    ZText().pipe(z.iso.datetime({ offset: true, error: msg("isoDateTime") })).transform((value) => new Date(value)).nullable(),
  );
const ZId = z.number({ error: msg("fieldNumber") }).int(msg("fieldWhole")).positive(msg("fieldPositive")).max(2_147_483_647, msg("fieldTooLarge"));

export const ZQuizOptionInput = z.object({
  text: ZRequiredText(500),
  isCorrect: ZBoolean.default(false),
});

/** One question: single choice has exactly one correct option, multiple choice at least one. */
export const ZQuizQuestionInput = z
  .object({
    prompt: ZRequiredText(2000),
    type: questionTypeLabels.schema.default("SINGLE_CHOICE"),
    points: ZWhole(1, POINTS_MAX).default(1),
    options: z.array(ZQuizOptionInput, { error: msg("fieldList") }).min(OPTIONS_MIN, msg("optionsMin")).max(OPTIONS_MAX, msg("optionsMax")),
  })
  .superRefine((question, ctx) => {
    const correct = question.options.filter((option) => option.isCorrect).length;
    if (correct === 0) ctx.addIssue({ code: "custom", path: ["options"], message: msg("questionNeedsCorrect") });
    else if (question.type === "SINGLE_CHOICE" && correct > 1) ctx.addIssue({ code: "custom", path: ["options"], message: msg("singleChoiceOneCorrect") });
  });

export const ZQuizQuestionsInput = z.array(ZQuizQuestionInput, { error: msg("fieldList") }).min(1, msg("questionsMin")).max(QUESTIONS_MAX, msg("questionsMax"));

export const ZSubmissionKinds = z
  .array(submissionKindLabels.schema, { error: msg("fieldList") })
  .min(1, msg("submissionKindsMin"))
  .max(10, msg("fieldAtMost"))
  .transform((kinds) => [...new Set(kinds)]);

const common = {
  title: ZRequiredText(CONTENT_TITLE_MAX),
  description: ZOptionalText(CONTENT_DESCRIPTION_MAX).optional(),
};

/** Each type's own fields, without refinements, so PATCH can take any subset of them. */
export const contentFields = {
  LESSON: z.object({ ...common, body: ZMarkdown.optional() }),
  VIDEO: z.object({ ...common, url: ZVideoUrl }),
  LINK: z.object({ ...common, url: ZWebUrl }),
  // The file itself is uploaded to the content's file endpoint after it exists.
  FILE: z.object(common),
  QUIZ: z.object({
    ...common,
    /** Instructions shown above the questions (markdown). */
    body: ZMarkdown.optional(),
    questions: ZQuizQuestionsInput,
    passMark: ZPassMark,
    maxAttempts: ZMaxAttempts.optional(),
    shuffleQuestions: ZBoolean.optional(),
    shuffleOptions: ZBoolean.optional(),
    showCorrectAnswers: ZBoolean.optional(),
  }),
  ASSIGNMENT: z.object({
    ...common,
    /** Instructions (markdown). */
    body: ZMarkdown.optional(),
    dueAt: ZDueAt.optional(),
    /** Default: Text and URL. */
    submissionKinds: ZSubmissionKinds.optional(),
    /** Default: On submission. */
    completionRule: completionRuleLabels.schema.optional(),
    /** Required when completionRule is "On passing grade". */
    passMark: ZPassMark.nullable().optional(),
  }),
} satisfies Record<ContentType, z.ZodObject>;

/** An assignment completed on a passing grade needs the pass mark. */
export function assignmentRuleIssue(rule: "ON_SUBMISSION" | "ON_PASSING_GRADE" | undefined, passMark: number | null | undefined) {
  return rule === "ON_PASSING_GRADE" && (passMark === null || passMark === undefined) ? { path: ["passMark"], message: msg("passMarkForGrade") } : null;
}

// After ZCreateContentInput has read the label, `type` is the identifier; clients send either.
const typeTag = <T extends ContentType>(type: T) =>
  z.literal(type).meta({ override: { type: "string", enum: [contentTypeLabels.label(type), type], description: "Read case-insensitively" } });

export const ZLessonInput = contentFields.LESSON.extend({ type: typeTag("LESSON") });
export const ZVideoInput = contentFields.VIDEO.extend({ type: typeTag("VIDEO") });
export const ZLinkInput = contentFields.LINK.extend({ type: typeTag("LINK") });
export const ZFileInput = contentFields.FILE.extend({ type: typeTag("FILE") });
export const ZQuizInput = contentFields.QUIZ.extend({ type: typeTag("QUIZ") });
export const ZAssignmentInput = contentFields.ASSIGNMENT.extend({ type: typeTag("ASSIGNMENT") }).superRefine((input, ctx) => {
  const issue = assignmentRuleIssue(input.completionRule, input.passMark);
  if (issue) ctx.addIssue({ code: "custom", ...issue });
});

const typeKeyOf = (value: unknown): ContentType | undefined => {
  const parsed = contentTypeLabels.schema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
};

/** The input with its `type` label read as the enum key, so the union can pick the variant. */
const withTypeKey = (input: unknown) => {
  if (typeof input !== "object" || input === null || Array.isArray(input)) return input;
  const type = typeKeyOf((input as { type?: unknown }).type);
  return type ? { ...input, type } : input;
};

const ZContentVariants = z.discriminatedUnion("type", [ZLessonInput, ZVideoInput, ZLinkInput, ZFileInput, ZQuizInput, ZAssignmentInput], {
  error: (issue) => (issue.code === "invalid_union" ? msg("contentType") : undefined),
});

type VariantInput = z.input<typeof ZContentVariants>;
/** What a client sends: a variant whose `type` is a label or identifier in any case. */
export type CreateContentInput = VariantInput extends infer V ? (V extends { type: string } ? Omit<V, "type"> & { type: string } : never) : never;

/** Creating a content: the fields of its type (see contentFields). */
export const ZCreateContentInput = z.preprocess((input: CreateContentInput) => withTypeKey(input), ZContentVariants);
export type CreateContentData = z.output<typeof ZCreateContentInput>;

/** Moving a content: a place in its module, or in another module of the same course. */
const moveFields = {
  position: ZPosition.optional(),
  moduleId: ZId.optional(),
};

/** PATCH of one type: any of its fields, plus `type` (only the same one) and a move. */
export const contentPatchFields = (type: ContentType) =>
  contentFields[type].partial().extend({ ...moveFields, type: contentTypeLabels.schema.optional() });

/** PATCH as the API declares it: every type's fields, each optional. The domain reads it
 *  again with the content's own type (contentPatchFields), which picks and checks its fields. */
export const ZUpdateContentInput = z.object({
  type: contentTypeLabels.schema.optional(),
  title: common.title.optional(),
  description: common.description,
  body: ZMarkdown.optional(),
  url: ZUrlText().optional().meta({ description: "VIDEO: a YouTube, Vimeo or direct .mp4/.webm (https) URL; LINK: any http(s) URL" }),
  questions: ZQuizQuestionsInput.optional().meta({ description: "QUIZ: replaces the whole set of questions" }),
  passMark: ZPassMark.nullable().optional(),
  maxAttempts: ZMaxAttempts.optional(),
  shuffleQuestions: ZBoolean.optional(),
  shuffleOptions: ZBoolean.optional(),
  showCorrectAnswers: ZBoolean.optional(),
  dueAt: ZDueAt.optional(),
  submissionKinds: ZSubmissionKinds.optional(),
  completionRule: completionRuleLabels.schema.optional(),
  ...moveFields,
});
export type UpdateContentInput = z.input<typeof ZUpdateContentInput>;
/** A parsed PATCH, of whichever type: the fields it names. */
export type UpdateContentData = z.output<typeof ZUpdateContentInput>;

export type LessonInput = z.input<typeof ZLessonInput>;
export type VideoInput = z.input<typeof ZVideoInput>;
export type LinkInput = z.input<typeof ZLinkInput>;
export type FileInput = z.input<typeof ZFileInput>;
export type QuizInput = z.input<typeof ZQuizInput>;
export type QuizQuestionInput = z.input<typeof ZQuizQuestionInput>;
export type QuizOptionInput = z.input<typeof ZQuizOptionInput>;
export type AssignmentInput = z.input<typeof ZAssignmentInput>;

export { MAX_POSITION };
