// Builders for the course data, so each course file reads as its outline and text.
import type { AssignmentSettings, ContentSpec, DocumentSpec, QuestionSpec, QuizSettings } from "./course-types";

export const lesson = (title: string, body: string): ContentSpec => ({ type: "LESSON", title, body });

/** A YouTube or Vimeo link, or a direct .mp4/.webm file. */
export const video = (title: string, url: string, description: string): ContentSpec => ({ type: "VIDEO", title, url, description });

export const link = (title: string, url: string, description: string): ContentSpec => ({ type: "LINK", title, url, description });

/** A handout stored as a real PDF file when the seed runs. */
export const handout = (title: string, description: string, document: DocumentSpec): ContentSpec => ({ type: "FILE", title, description, document });

export const question = (prompt: string, options: QuestionSpec["options"], points?: number): QuestionSpec => ({ prompt, options, points });

const quizDefaults: QuizSettings = { passMark: 70, maxAttempts: null, shuffleQuestions: false, shuffleOptions: false, showCorrectAnswers: true };

export const quiz = (title: string, body: string, questions: QuestionSpec[], settings: Partial<QuizSettings> = {}): ContentSpec => ({
  type: "QUIZ",
  title,
  body,
  questions,
  ...quizDefaults,
  ...settings,
});

/** Complete on submission unless a pass mark is given, which makes it complete on a passing grade. */
export const assignment = (
  title: string,
  body: string,
  settings: { submissionKinds: AssignmentSettings["submissionKinds"]; dueInDays?: number; passMark?: number },
): ContentSpec => ({
  type: "ASSIGNMENT",
  title,
  body,
  submissionKinds: settings.submissionKinds,
  completionRule: settings.passMark === undefined ? "ON_SUBMISSION" : "ON_PASSING_GRADE",
  passMark: settings.passMark ?? null,
  dueInDays: settings.dueInDays ?? null,
});
