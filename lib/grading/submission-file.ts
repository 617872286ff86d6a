// A handed-in file, for the student who handed it in, the course's teacher and admins; for
// anyone else it does not exist (404), as another student's work must not be probed.
import type { Actor } from "@/lib/auth/actor";
import { canManageCourse } from "@/lib/courses/policy";
import { db } from "@/lib/db";
import { storage } from "@/lib/storage/storage";
import type { Download } from "@/lib/storage/download-response";
import { submissionNotFound } from "./find-submission";

export async function openSubmissionFile(actor: Actor, completionId: number): Promise<Download> {
  const row = await db.completion.findFirst({
    where: { id: completionId, submissionFileKey: { not: null } },
    select: { studentId: true, submissionFileKey: true, submissionFileName: true, submissionFileType: true, content: { select: { module: { select: { course: { select: { teacherId: true } } } } } } },
  });
  if (!row?.submissionFileKey || !(row.studentId === actor.id || canManageCourse(actor, row.content.module.course))) throw submissionNotFound();
  const file = await storage().open(row.submissionFileKey);
  if (!file) throw submissionNotFound();
  return { ...file, contentType: row.submissionFileType ?? file.contentType, fileName: row.submissionFileName ?? "submission" };
}
