// One quiz attempt: graded on the server, counted against the teacher's limit under the
// enrolment lock (so concurrent attempts cannot pass it), stored, and the best score kept on
// the completion with its answers. The content counts as complete from the first attempt
// that reaches the pass mark, and stays complete.
import type { Actor } from "@/lib/auth/actor";
import type { ContentRow } from "@/lib/contents/views";
import { AppError } from "@/lib/errors";
import { gradeQuiz } from "./quiz-grading";
import { recordCompletion } from "./record-completion";
import type { ZQuizAttemptInput } from "./schemas";
import type { ContentRef } from "./study-content";
import { attemptResult } from "./views";
import type { z } from "zod";

export async function takeQuiz(actor: Actor, ref: ContentRef, quiz: ContentRow, input: z.output<typeof ZQuizAttemptInput>) {
  const graded = gradeQuiz(quiz, input.answers);
  return recordCompletion(actor, ref, async (tx, _enrollmentId, now) => {
    const where = { studentId: actor.id, contentId: quiz.id };
    const used = await tx.quizAttempt.count({ where });
    if (quiz.maxAttempts !== null && used >= quiz.maxAttempts) throw new AppError("CONFLICT", { key: "quizAttemptsUsed", values: { count: quiz.maxAttempts } });
    const previous = await tx.quizAttempt.aggregate({ where, _max: { percentage: true } });
    const previousBest = previous._max.percentage === null ? null : Number(previous._max.percentage);
    const attempt = await tx.quizAttempt.create({
      data: { ...where, answers: graded.answers, points: graded.points, maxPoints: graded.maxPoints, percentage: graded.percentage, passed: graded.passed, createdAt: now },
      select: { id: true },
    });
    const isBest = previousBest === null || graded.percentage > previousBest;
    const best = isBest ? graded.percentage : previousBest;
    const bestFields = isBest ? { grade: Math.round(graded.percentage), quizAnswers: graded.answers } : {};
    await tx.completion.upsert({
      where: { studentId_contentId: where },
      create: { ...where, completedAt: graded.passed ? now : null, ...bestFields },
      update: bestFields,
    });
    if (graded.passed) await tx.completion.updateMany({ where: { ...where, completedAt: null }, data: { completedAt: now } });
    return attemptResult(quiz, graded, attempt.id, used + 1, best);
  });
}
