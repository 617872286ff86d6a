import type { CompletionRule, CourseStatus, SubmissionKind } from "../../lib/generated/prisma/enums";

/** More than one right option makes it a "choose all that apply" question. */
export type QuestionSpec = { prompt: string; points?: number; options: [text: string, correct: boolean][] };

export type QuizSettings = {
  passMark: number;
  /** null: unlimited. */
  maxAttempts: number | null;
  shuffleQuestions: boolean;
  shuffleOptions: boolean;
  showCorrectAnswers: boolean;
};

/** A one-page handout, rendered to PDF when the seed runs (see pdf.ts). Plain ASCII text. */
export type DocumentSpec = { fileName: string; title: string; sections: { heading: string; lines: string[] }[] };

export type AssignmentSettings = {
  submissionKinds: SubmissionKind[];
  completionRule: CompletionRule;
  /** The percentage that passes, for ON_PASSING_GRADE. */
  passMark: number | null;
  /** Due this many days after the seed runs; none when absent. */
  dueInDays: number | null;
};

export type ContentSpec =
  | { type: "LESSON"; title: string; body: string }
  | { type: "VIDEO"; title: string; url: string; description: string }
  | { type: "LINK"; title: string; url: string; description: string }
  | { type: "FILE"; title: string; description: string; document: DocumentSpec }
  | ({ type: "QUIZ"; title: string; body: string; questions: QuestionSpec[] } & QuizSettings)
  | ({ type: "ASSIGNMENT"; title: string; body: string } & AssignmentSettings);

export type ModuleSpec = { title: string; description?: string; contents: ContentSpec[] };

export type CourseSpec = {
  slug: string;
  title: string;
  teacher: string;
  category: string;
  priceIDR: number;
  status?: CourseStatus;
  /** How long ago the course was created, for a meaningful "newest" order. */
  daysAgo: number;
  /** A published course that opens this many days after the seed runs ("Opens on …"). */
  opensInDays?: number;
  description: string;
  modules: ModuleSpec[];
};
