// Parsed content inputs as database writes. Optional fields a create leaves out get their
// defaults here (the schemas carry none, so a PATCH never resets what it did not name).
import type { Prisma } from "@/lib/generated/prisma/client";
import type { CreateContentData, UpdateContentData } from "./schemas";

type QuestionData = NonNullable<Extract<CreateContentData, { type: "QUIZ" }>["questions"]>;

export const questionsCreate = (questions: QuestionData) =>
  questions.map((question, q) => ({
    prompt: question.prompt,
    type: question.type,
    points: question.points,
    position: q + 1,
    options: { create: question.options.map((option, o) => ({ text: option.text, isCorrect: option.isCorrect, position: o + 1 })) },
  }));

export const DEFAULT_SUBMISSION_KINDS = ["TEXT", "URL"] as const;

/** The columns of a new content (without its module and position). */
export function createData(data: CreateContentData) {
  const common = { type: data.type, title: data.title, description: data.description ?? "" };
  switch (data.type) {
    case "LESSON":
      return { ...common, body: data.body ?? "" };
    case "VIDEO":
    case "LINK":
      return { ...common, url: data.url };
    case "FILE":
      return common;
    case "QUIZ":
      return {
        ...common,
        body: data.body ?? "",
        passMark: data.passMark,
        maxAttempts: data.maxAttempts ?? null,
        shuffleQuestions: data.shuffleQuestions ?? false,
        shuffleOptions: data.shuffleOptions ?? false,
        showCorrectAnswers: data.showCorrectAnswers ?? false,
        questions: { create: questionsCreate(data.questions) },
      };
    case "ASSIGNMENT":
      return {
        ...common,
        body: data.body ?? "",
        dueAt: data.dueAt ?? null,
        submissionKinds: data.submissionKinds ?? [...DEFAULT_SUBMISSION_KINDS],
        completionRule: data.completionRule ?? "ON_SUBMISSION",
        passMark: data.passMark ?? null,
      };
  }
}

// A PATCH parsed by its type's schema (contentPatchFields) holds only that type's columns,
// besides these.
const NOT_COLUMNS = new Set(["type", "position", "moduleId", "questions"]);

/** The columns a PATCH changes; questions are replaced separately, moves made by position. */
export function updateData(patch: UpdateContentData): Prisma.ContentUncheckedUpdateInput {
  return Object.fromEntries(Object.entries(patch).filter(([key, value]) => !NOT_COLUMNS.has(key) && value !== undefined));
}
