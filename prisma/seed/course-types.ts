import type { CourseStatus } from "../../lib/generated/prisma/enums";

export type QuestionSpec = { prompt: string; points?: number; options: [text: string, correct: boolean][] };

export type ContentSpec =
  | { type: "LESSON"; title: string; body: string }
  | { type: "VIDEO" | "LINK" | "FILE"; title: string; url: string; description?: string }
  | { type: "QUIZ"; title: string; body: string; questions: QuestionSpec[] }
  | { type: "ASSIGNMENT"; title: string; body: string };

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
  description: string;
  modules: ModuleSpec[];
};
