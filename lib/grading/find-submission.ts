// A submission found through the course it belongs to: an id of another course, a
// completion that is no handed-in assignment, or one that does not exist are all "not found".
import { AppError } from "@/lib/errors";
import type { Tx } from "@/lib/db";

export const submissionNotFound = () => new AppError("NOT_FOUND", { key: "submissionNotFound" });

/** Locks the submission's row until the transaction ends, so two grades (or a grade and the
 *  student's edit) of one submission run one after another. */
export async function lockSubmission(tx: Tx, courseId: number, completionId: number): Promise<void> {
  const [row] = await tx.$queryRaw<{ id: number }[]>`
    SELECT c.id FROM "Completion" c
    JOIN "Content" ct ON ct.id = c."contentId"
    JOIN "Module" m ON m.id = ct."moduleId"
    WHERE c.id = ${completionId} AND m."courseId" = ${courseId} AND ct.type = 'ASSIGNMENT' AND c."submittedAt" IS NOT NULL
    FOR UPDATE OF c`;
  if (!row) throw submissionNotFound();
}
