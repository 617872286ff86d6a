// A student's own record of one content, as the reader and the API show it: whether it counts
// as complete, their quiz attempts with the best score, and their assignment submission with
// its grade. Correct options appear only in an attempt's result, and only when the teacher
// allows it (attemptResult).
import type { ContentRow } from "@/lib/contents/views";
import { submissionFilePath } from "./submission-files-limits";
import type { GradedAttempt } from "./quiz-grading";

export const completionSelect = {
  id: true,
  completedAt: true,
  submittedAt: true,
  late: true,
  submissionText: true,
  submissionUrl: true,
  submissionFileName: true,
  submissionFileSize: true,
  submissionFileType: true,
  submissionFileKey: true,
  grade: true,
  feedback: true,
  gradedAt: true,
} as const;

export const attemptSelect = { id: true, points: true, maxPoints: true, percentage: true, passed: true, createdAt: true } as const;

type CompletionRow = {
  id: number;
  completedAt: Date | null;
  submittedAt: Date | null;
  late: boolean;
  submissionText: string | null;
  submissionUrl: string | null;
  submissionFileName: string | null;
  submissionFileSize: number | null;
  submissionFileType: string | null;
  submissionFileKey: string | null;
  grade: number | null;
  feedback: string | null;
  gradedAt: Date | null;
};
type AttemptRow = { id: number; points: number; maxPoints: number; percentage: { toString(): string } | number; passed: boolean; createdAt: Date };
type StateContent = Pick<ContentRow, "id" | "type" | "maxAttempts" | "passMark">;

export const attemptsLeftOf = (maxAttempts: number | null, used: number) => (maxAttempts === null ? null : Math.max(0, maxAttempts - used));

function toAttemptView(row: AttemptRow) {
  return { id: row.id, points: row.points, maxPoints: row.maxPoints, percentage: Number(row.percentage), passed: row.passed, createdAt: row.createdAt.toISOString() };
}

export function toSubmissionView(row: CompletionRow) {
  if (!row.submittedAt) return null;
  return {
    completionId: row.id,
    text: row.submissionText,
    url: row.submissionUrl,
    file: row.submissionFileKey
      ? { name: row.submissionFileName ?? "file", size: row.submissionFileSize ?? 0, type: row.submissionFileType ?? "application/octet-stream", downloadUrl: submissionFilePath(row.id) }
      : null,
    submittedAt: row.submittedAt.toISOString(),
    late: row.late,
    grade: row.grade,
    feedback: row.feedback,
    gradedAt: row.gradedAt?.toISOString() ?? null,
  };
}

/** attempts: oldest first. */
export function toContentState(content: StateContent, completion: CompletionRow | null, attempts: AttemptRow[]) {
  const quiz =
    content.type === "QUIZ"
      ? {
          passMark: content.passMark ?? 0,
          attempts: attempts.map(toAttemptView),
          attemptsUsed: attempts.length,
          attemptsLeft: attemptsLeftOf(content.maxAttempts, attempts.length),
          bestPercentage: attempts.length ? Math.max(...attempts.map((attempt) => Number(attempt.percentage))) : null,
        }
      : null;
  return {
    contentId: content.id,
    completed: completion?.completedAt != null,
    completedAt: completion?.completedAt?.toISOString() ?? null,
    quiz,
    submission: content.type === "ASSIGNMENT" && completion ? toSubmissionView(completion) : null,
  };
}

export type ContentState = ReturnType<typeof toContentState>;
export type SubmissionView = NonNullable<ReturnType<typeof toSubmissionView>>;

/** The attempt just made: its score, and the per-question marks only when the teacher allows. */
export function attemptResult(content: Pick<ContentRow, "passMark" | "showCorrectAnswers" | "maxAttempts">, graded: GradedAttempt, id: number, used: number, best: number) {
  return {
    id,
    score: Math.round(graded.percentage),
    points: graded.points,
    maxPoints: graded.maxPoints,
    percentage: graded.percentage,
    passMark: content.passMark ?? 0,
    passed: graded.passed,
    attemptsUsed: used,
    attemptsLeft: attemptsLeftOf(content.maxAttempts, used),
    best,
    ...(content.showCorrectAnswers ? { questions: graded.questions } : {}),
  };
}

export type AttemptResult = ReturnType<typeof attemptResult>;
