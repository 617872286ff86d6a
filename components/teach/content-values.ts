// What each content editor's inputs hold (text as typed, labels as the API reads them, a due
// date as wall-clock time), and those values for a new content or for one as it is stored.
// Plain data, for the page that renders an editor and for the editor itself.
import type { FullContentView } from "@/lib/contents/views";
import { toWallClock } from "./course-release-date";

type Basics = { title: string; description: string };
export type LessonValues = Basics & { type: "LESSON"; body: string };
export type VideoValues = Basics & { type: "VIDEO"; url: string };
export type LinkValues = Basics & { type: "LINK"; url: string };
export type FileValues = Basics & { type: "FILE" };
export type QuestionValues = { prompt: string; type: "Single choice" | "Multiple choice"; points: string; options: { text: string; isCorrect: boolean }[] };
export type QuizValues = Basics & {
  type: "QUIZ";
  body: string;
  questions: QuestionValues[];
  passMark: string;
  /** "" for unlimited. */
  maxAttempts: string;
  shuffleQuestions: boolean;
  shuffleOptions: boolean;
  showCorrectAnswers: boolean;
};
export type AssignmentValues = Basics & {
  type: "ASSIGNMENT";
  body: string;
  /** Wall-clock time in the page's zone, "" for no deadline. */
  dueAt: string;
  submissionKinds: string[];
  completionRule: "On submission" | "On passing grade";
  passMark: string;
};
export type ContentValues = LessonValues | VideoValues | LinkValues | FileValues | QuizValues | AssignmentValues;
export type ContentTypeKey = ContentValues["type"];

/** The bounds the schema holds a quiz to (lib/contents/schemas.ts), which its buttons respect. */
export type QuizLimits = { questionsMax: number; optionsMin: number; optionsMax: number; pointsMax: number; attemptsMax: number };

export const blankQuestion = (): QuestionValues => ({
  prompt: "",
  type: "Single choice",
  points: "1",
  options: [
    { text: "", isCorrect: false },
    { text: "", isCorrect: false },
  ],
});

// A new quiz starts with one question to fill in and a common pass mark; a new assignment
// takes text and links, like the API's default.
export function newContentValues(type: ContentTypeKey, title: string): ContentValues {
  const basics = { title, description: "" };
  switch (type) {
    case "LESSON":
      return { ...basics, type, body: "" };
    case "VIDEO":
    case "LINK":
      return { ...basics, type, url: "" };
    case "FILE":
      return { ...basics, type };
    case "QUIZ":
      return { ...basics, type, body: "", questions: [blankQuestion()], passMark: "70", maxAttempts: "", shuffleQuestions: false, shuffleOptions: false, showCorrectAnswers: false };
    case "ASSIGNMENT":
      return { ...basics, type, body: "", dueAt: "", submissionKinds: ["Text", "URL"], completionRule: "On submission", passMark: "" };
  }
}

export function storedContentValues(content: FullContentView, timeZone: string): ContentValues {
  const basics = { title: content.title, description: content.description };
  switch (content.type) {
    case "Lesson":
      return { ...basics, type: "LESSON", body: content.body };
    case "Video":
      return { ...basics, type: "VIDEO", url: content.url };
    case "Link":
      return { ...basics, type: "LINK", url: content.url };
    case "File":
      return { ...basics, type: "FILE" };
    case "Quiz":
      return {
        ...basics,
        type: "QUIZ",
        body: content.body,
        questions: content.questions.map((question) => ({
          prompt: question.prompt,
          type: question.type === "Multiple choice" ? "Multiple choice" : "Single choice",
          points: String(question.points),
          options: question.options.map((option) => ({ text: option.text, isCorrect: "isCorrect" in option && option.isCorrect === true })),
        })),
        passMark: String(content.passMark),
        maxAttempts: content.maxAttempts === null ? "" : String(content.maxAttempts),
        shuffleQuestions: content.shuffleQuestions,
        shuffleOptions: content.shuffleOptions,
        showCorrectAnswers: content.showCorrectAnswers,
      };
    case "Assignment":
      return {
        ...basics,
        type: "ASSIGNMENT",
        body: content.body,
        dueAt: toWallClock(content.dueAt, timeZone),
        submissionKinds: content.submissionKinds,
        completionRule: content.completionRule === "On passing grade" ? "On passing grade" : "On submission",
        passMark: content.passMark === null ? "" : String(content.passMark),
      };
  }
}
