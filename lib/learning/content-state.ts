// The student's own record of a content (views.ts), read in a transaction or outside one.
import type { Actor } from "@/lib/auth/actor";
import { db, type Tx } from "@/lib/db";
import { type ContentRef, findStudyContent } from "./study-content";
import { attemptSelect, completionSelect, toContentState } from "./views";

export async function readContentState(client: Tx | typeof db, studentId: number, contentId: number) {
  // One after another: a transaction's connection runs one query at a time.
  const content = await client.content.findUniqueOrThrow({ where: { id: contentId }, select: { id: true, type: true, maxAttempts: true, passMark: true } });
  const completion = await client.completion.findUnique({ where: { studentId_contentId: { studentId, contentId } }, select: completionSelect });
  const attempts = await client.quizAttempt.findMany({ where: { studentId, contentId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: attemptSelect });
  return toContentState(content, completion, attempts);
}

/** The actor's record of a content they study (403 for its teacher and admins: they preview). */
export async function getContentState(actor: Actor, ref: ContentRef) {
  await findStudyContent(actor, ref);
  return readContentState(db, actor.id, ref.contentId);
}
