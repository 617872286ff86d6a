// A quiz attempt graded on the server: every question must be answered with options of that
// question (exactly one for a single-choice question); a question earns its points only when
// the chosen set equals the set of correct options (all or nothing).
import type { ContentRow } from "@/lib/contents/views";
import { AppError, type FieldProblem } from "@/lib/errors";
import type { z } from "zod";
import type { ZQuizAnswers } from "./schemas";

export type QuizAnswers = Record<string, number[]>;

export type GradedQuestion = { questionId: number; correct: boolean; chosenOptionIds: number[]; correctOptionIds: number[] };

export type GradedAttempt = { answers: QuizAnswers; points: number; maxPoints: number; percentage: number; passed: boolean; questions: GradedQuestion[] };

/** points / maxPoints in percent, two decimals (a quiz without points counts as fully right). */
export const percentageOf = (points: number, maxPoints: number) => (maxPoints <= 0 ? 100 : Math.round((points * 10_000) / maxPoints) / 100);

const sameSet = (a: number[], b: number[]) => a.length === b.length && a.every((id) => b.includes(id));

export function gradeQuiz(quiz: Pick<ContentRow, "questions" | "passMark">, input: z.output<typeof ZQuizAnswers>): GradedAttempt {
  const problems: FieldProblem[] = [];
  const known = new Set(quiz.questions.map((question) => String(question.id)));
  for (const questionId of Object.keys(input)) {
    if (!known.has(questionId)) problems.push({ field: `answers.${questionId}`, message: { key: "quizQuestionUnknown" } });
  }
  const answers: QuizAnswers = {};
  const questions: GradedQuestion[] = [];
  let points = 0;
  let maxPoints = 0;
  for (const question of quiz.questions) {
    const field = `answers.${question.id}`;
    const chosen = [...new Set(input[String(question.id)] ?? [])].sort((a, b) => a - b);
    const optionIds = question.options.map((option) => option.id);
    maxPoints += question.points;
    if (chosen.length === 0) problems.push({ field, message: { key: "quizAnswerMissing" } });
    else if (chosen.some((id) => !optionIds.includes(id))) problems.push({ field, message: { key: "quizOptionUnknown" } });
    else if (question.type === "SINGLE_CHOICE" && chosen.length !== 1) problems.push({ field, message: { key: "quizSingleChoice" } });
    const correctOptionIds = question.options.filter((option) => option.isCorrect).map((option) => option.id);
    const correct = sameSet(chosen, correctOptionIds);
    if (correct) points += question.points;
    answers[String(question.id)] = chosen;
    questions.push({ questionId: question.id, correct, chosenOptionIds: chosen, correctOptionIds });
  }
  if (problems.length) throw new AppError("BAD_REQUEST", { key: "quizAnswersInvalid" }, { fieldErrors: problems });
  const percentage = percentageOf(points, maxPoints);
  return { answers, points, maxPoints, percentage, passed: percentage >= (quiz.passMark ?? 0), questions };
}
