// Completing a content (SPEC "Completion rules"): a lesson, video, link or file when the
// student marks it; a quiz by an attempt graded on the server (take-quiz.ts); an assignment
// by a submission (submit-assignment.ts). Every write goes through record-completion.ts.
import type { Actor } from "@/lib/auth/actor";
import { AppError, parseInput } from "@/lib/errors";
import type { StagedUpload } from "@/lib/storage/staged-upload";
import { type CompletionOutcome, type CompletionWrite, recordCompletion } from "./record-completion";
import { ZQuizAttemptInput, ZSubmissionInput } from "./schemas";
import { type ContentRef, findStudyContent } from "./study-content";
import { submitAssignment } from "./submit-assignment";
import { takeQuiz } from "./take-quiz";

/** Marks a lesson, video, link or file complete; doing it again changes nothing. */
const markComplete =
  (actor: Actor, contentId: number): CompletionWrite =>
  async (tx, _enrollmentId, now) => {
    await tx.completion.upsert({
      where: { studentId_contentId: { studentId: actor.id, contentId } },
      create: { studentId: actor.id, contentId, completedAt: now },
      update: {},
    });
    // A record that did not count yet (none exists for these types today) starts counting.
    await tx.completion.updateMany({ where: { studentId: actor.id, contentId, completedAt: null }, data: { completedAt: now } });
  };

/**
 * Completes a content for the student, by its type: `{}` for a lesson, video, link or file;
 * `{ answers }` for a quiz; `{ text?, url? }` and optionally a staged file for an assignment.
 */
export async function completeContent(actor: Actor, ref: ContentRef, input: unknown, file: StagedUpload | null = null): Promise<CompletionOutcome> {
  const { content } = await findStudyContent(actor, ref);
  if (file && content.type !== "ASSIGNMENT") throw new AppError("BAD_REQUEST", { key: "fileNotExpected" });
  switch (content.type) {
    case "QUIZ":
      return takeQuiz(actor, ref, content, parseInput(ZQuizAttemptInput, input));
    case "ASSIGNMENT":
      return submitAssignment(actor, ref, content, parseInput(ZSubmissionInput, input), file);
    default:
      return recordCompletion(actor, ref, markComplete(actor, content.id));
  }
}
