// The file of an assignment submission, for the student who handed it in, the course's
// teacher and admins. Anyone else gets "not found", as if there were no such submission.
import path from "node:path";
import type { Actor } from "@/lib/auth/actor";
import { isAdmin } from "@/lib/auth/policy";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Download } from "@/lib/storage/download-response";
import { storage } from "@/lib/storage/storage";

const submissionNotFound = () => new AppError("NOT_FOUND", { key: "submissionNotFound" });

export async function openSubmissionFile(actor: Actor, completionId: number): Promise<Download> {
  const row = await db.completion.findFirst({
    where: {
      id: completionId,
      ...(isAdmin(actor) ? {} : { OR: [{ studentId: actor.id }, { content: { module: { course: { teacherId: actor.id } } } }] }),
    },
    select: { submissionFileKey: true, submissionFileName: true, submissionFileType: true },
  });
  const file = row?.submissionFileKey ? await storage().open(row.submissionFileKey) : null;
  if (!row || !file) throw submissionNotFound();
  return { ...file, contentType: row.submissionFileType ?? file.contentType, fileName: row.submissionFileName ?? path.posix.basename(row.submissionFileKey ?? "file") };
}
