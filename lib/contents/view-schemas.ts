// Contents as the API shows them, for the OpenAPI document and answer checks in tests.
import { z } from "zod";
import { ZTimestamp } from "@/lib/api/contract-schemas";
import { completionRuleLabels, contentTypeLabels, questionTypeLabels, submissionKindLabels } from "@/lib/shared/labels";

const labelsOf = (labels: string[]) => z.enum(labels as [string, ...string[]]);
const id = () => z.number().int();

const outlineShape = {
  id: id(),
  moduleId: id(),
  title: z.string(),
  description: z.string(),
  type: labelsOf(contentTypeLabels.labels),
  position: z.number().int(),
};

/** A content as the outline lists it. */
export const ZContentOutline = z.object(outlineShape).meta({ id: "ContentOutline" });

export const ZLockedContent = z
  .object({ ...outlineShape, locked: z.literal(true) })
  .meta({ id: "LockedContent", description: "What a signed-in user who may see the course but not read its content gets (not enrolled, unpaid, or not released yet)." });

const full = <T extends string, S extends z.ZodRawShape>(type: T, shape: S) =>
  z.object({ ...outlineShape, type: z.literal(type), locked: z.literal(false), ...shape, createdAt: ZTimestamp, updatedAt: ZTimestamp });

export const ZVideoEmbed = z
  .object({
    provider: z.enum(["youtube", "vimeo", "file"]),
    embedUrl: z.string().meta({ description: "An iframe src (youtube-nocookie, Vimeo with dnt=1), or for `file` the <video> source" }),
    mimeType: z.enum(["video/mp4", "video/webm"]).optional(),
  })
  .meta({ id: "VideoEmbed" });

export const ZContentFile = z
  .object({
    name: z.string().meta({ description: "The uploaded file's original name" }),
    size: z.number().int().meta({ description: "Bytes" }),
    type: z.string().meta({ description: "Media type, sniffed from the bytes" }),
    downloadUrl: z.string().meta({ description: "GET it with the same authorization as the content" }),
  })
  .meta({ id: "ContentFile" });

export const ZQuizOptionView = z
  .object({ id: id(), text: z.string(), isCorrect: z.boolean().optional().meta({ description: "Only for the course's teacher and admins" }) })
  .meta({ id: "QuizOption" });

export const ZQuizQuestionView = z
  .object({ id: id(), prompt: z.string(), type: labelsOf(questionTypeLabels.labels), points: z.number().int(), options: z.array(ZQuizOptionView) })
  .meta({ id: "QuizQuestion" });

export const ZLessonView = full("Lesson", { body: z.string().meta({ description: "Markdown" }), readingMinutes: z.number().int() }).meta({ id: "LessonContent" });
export const ZVideoView = full("Video", { url: z.string(), embed: ZVideoEmbed.nullable() }).meta({ id: "VideoContent" });
export const ZLinkView = full("Link", { url: z.string() }).meta({ id: "LinkContent" });
export const ZFileView = full("File", { file: ZContentFile.nullable().meta({ description: "null until a file is uploaded" }) }).meta({ id: "FileContent" });
export const ZQuizView = full("Quiz", {
  body: z.string().meta({ description: "Instructions (markdown)" }),
  questions: z.array(ZQuizQuestionView),
  passMark: z.number().int().meta({ description: "Percent" }),
  maxAttempts: z.number().int().nullable().meta({ description: "null: unlimited" }),
  shuffleQuestions: z.boolean(),
  shuffleOptions: z.boolean(),
  showCorrectAnswers: z.boolean(),
  questionsCount: z.number().int(),
  totalPoints: z.number().int(),
}).meta({ id: "QuizContent" });
export const ZAssignmentView = full("Assignment", {
  body: z.string().meta({ description: "Instructions (markdown)" }),
  dueAt: ZTimestamp.nullable(),
  submissionKinds: z.array(labelsOf(submissionKindLabels.labels)),
  completionRule: labelsOf(completionRuleLabels.labels),
  passMark: z.number().int().nullable(),
  maxScore: z.literal(100),
}).meta({ id: "AssignmentContent" });

export const ZFullContentView = z.discriminatedUnion("type", [ZLessonView, ZVideoView, ZLinkView, ZFileView, ZQuizView, ZAssignmentView]);

/** A content: the whole of it for readers, the locked outline item for everyone else. */
export const ZContentView = z.union([ZFullContentView, ZLockedContent]).meta({ id: "Content" });
