// What a content looks like to each reader, selected once and shaped once for pages and the
// API alike. Three audiences: whoever may see the course sees its outline item; a reader of
// the course's content (an enrolled, paid student; its teacher; admins) sees the content
// itself; only its teacher and admins (canManageCourse) see which quiz options are correct.
import type { ContentGetPayload, ContentSelect } from "@/lib/generated/prisma/models";
import { completionRuleLabels, contentTypeLabels, questionTypeLabels, submissionKindLabels } from "@/lib/shared/labels";
import { readingMinutes } from "./reading-time";
import { ASSIGNMENT_MAX_SCORE } from "./schemas";
import { parseVideoUrl } from "./video";

export type ContentAudience = "outline" | "reader" | "manager";

export const contentOutlineSelect = { id: true, moduleId: true, title: true, description: true, type: true, position: true } satisfies ContentSelect;

export const contentSelect = {
  ...contentOutlineSelect,
  body: true,
  url: true,
  fileKey: true,
  fileName: true,
  fileSize: true,
  fileType: true,
  passMark: true,
  maxAttempts: true,
  shuffleQuestions: true,
  shuffleOptions: true,
  showCorrectAnswers: true,
  dueAt: true,
  submissionKinds: true,
  completionRule: true,
  createdAt: true,
  updatedAt: true,
  questions: {
    orderBy: [{ position: "asc" }, { id: "asc" }],
    select: {
      id: true,
      prompt: true,
      type: true,
      points: true,
      options: { orderBy: [{ position: "asc" }, { id: "asc" }], select: { id: true, text: true, isCorrect: true } },
    },
  },
} satisfies ContentSelect;

/** Contents in outline order. */
export const contentOrder = [{ position: "asc" as const }, { id: "asc" as const }];

type OutlineRow = ContentGetPayload<{ select: typeof contentOutlineSelect }>;
export type ContentRow = ContentGetPayload<{ select: typeof contentSelect }>;

/** The item of a course's outline: enough to list it, nothing of its substance. */
export function toContentOutline(row: OutlineRow) {
  return {
    id: row.id,
    moduleId: row.moduleId,
    title: row.title,
    description: row.description,
    type: contentTypeLabels.label(row.type),
    position: row.position,
  };
}

/** Where a FILE content's file is downloaded, after the same access check as its content. */
export const contentFileUrl = (courseId: number, moduleId: number, contentId: number) =>
  `/api/v1/courses/${courseId}/modules/${moduleId}/contents/${contentId}/file`;

function quizOf(row: ContentRow, audience: ContentAudience) {
  const questions = row.questions.map((question) => ({
    id: question.id,
    prompt: question.prompt,
    type: questionTypeLabels.label(question.type),
    points: question.points,
    options: question.options.map((option) => (audience === "manager" ? { id: option.id, text: option.text, isCorrect: option.isCorrect } : { id: option.id, text: option.text })),
  }));
  return {
    type: "Quiz" as const,
    body: row.body,
    questions,
    passMark: row.passMark ?? 0,
    maxAttempts: row.maxAttempts,
    shuffleQuestions: row.shuffleQuestions,
    shuffleOptions: row.shuffleOptions,
    showCorrectAnswers: row.showCorrectAnswers,
    questionsCount: questions.length,
    totalPoints: questions.reduce((sum, question) => sum + question.points, 0),
  };
}

function substanceOf(row: ContentRow, courseId: number, audience: ContentAudience) {
  switch (row.type) {
    case "LESSON":
      return { type: "Lesson" as const, body: row.body, readingMinutes: readingMinutes(row.body) };
    case "VIDEO": {
      const url = row.url ?? "";
      const embed = parseVideoUrl(url);
      return { type: "Video" as const, url, embed: embed && { provider: embed.provider, embedUrl: embed.embedUrl, ...(embed.mimeType ? { mimeType: embed.mimeType } : {}) } };
    }
    case "LINK":
      return { type: "Link" as const, url: row.url ?? "" };
    case "FILE":
      return {
        type: "File" as const,
        file:
          row.fileKey && row.fileName
            ? { name: row.fileName, size: row.fileSize ?? 0, type: row.fileType ?? "application/octet-stream", downloadUrl: contentFileUrl(courseId, row.moduleId, row.id) }
            : null,
      };
    case "QUIZ":
      return quizOf(row, audience);
    case "ASSIGNMENT":
      return {
        type: "Assignment" as const,
        body: row.body,
        dueAt: row.dueAt?.toISOString() ?? null,
        submissionKinds: row.submissionKinds.map((kind) => submissionKindLabels.label(kind)),
        completionRule: completionRuleLabels.label(row.completionRule),
        passMark: row.passMark,
        maxScore: ASSIGNMENT_MAX_SCORE as typeof ASSIGNMENT_MAX_SCORE,
      };
  }
}

/** The content as this audience may see it: locked to those who may only see the outline. */
export function toContentView(row: ContentRow, courseId: number, audience: ContentAudience) {
  if (audience === "outline") return toLockedContent(row);
  return {
    ...toContentOutline(row),
    locked: false as const,
    ...substanceOf(row, courseId, audience),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export const toLockedContent = (row: OutlineRow) => ({ ...toContentOutline(row), locked: true as const });

export type ContentOutline = ReturnType<typeof toContentOutline>;
export type ContentView = ReturnType<typeof toContentView>;
export type FullContentView = Exclude<ContentView, { locked: true }>;
