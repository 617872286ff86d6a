// An assignment submission: a text, a link and/or a file, each only where the teacher asked
// for it. It may be edited until it is graded (409 after); every submission is stamped, and
// marked late after the due date. With the rule ON_SUBMISSION it counts as complete at once;
// ON_PASSING_GRADE leaves that to the grading. A new file replaces the old one, which leaves
// storage after the commit; a text or link left out of an edit is removed.
import { createReadStream } from "node:fs";
import type { Actor } from "@/lib/auth/actor";
import { cleanFileName, sniffType } from "@/lib/contents/files";
import { CONTENT_FILE_TYPES } from "@/lib/contents/files-limits";
import { discardStoredFiles } from "@/lib/contents/discard-files";
import type { ContentRow } from "@/lib/contents/views";
import { AppError, type FieldProblem, parseInput } from "@/lib/errors";
import { newSubmissionFileKey } from "@/lib/storage/keys";
import { stageMultipartForm, type StagedUpload } from "@/lib/storage/staged-upload";
import { storage } from "@/lib/storage/storage";
import type { z } from "zod";
import { recordCompletion } from "./record-completion";
import { ZSubmissionInput } from "./schemas";
import { type ContentRef, findStudyContent } from "./study-content";
import { MAX_SUBMISSION_FILE_BYTES, SUBMISSION_FILE_FIELD } from "./submission-files-limits";

type Submission = z.output<typeof ZSubmissionInput>;

const tooLarge = () => new AppError("PAYLOAD_TOO_LARGE", { key: "contentFileTooLarge", values: { megabytes: MAX_SUBMISSION_FILE_BYTES / (1024 * 1024) } });

/** 400 for a part the teacher did not ask for. */
function assertAccepted(assignment: ContentRow, submission: Submission, file: StagedUpload | null) {
  const kinds = new Set(assignment.submissionKinds);
  const problems: FieldProblem[] = [];
  if (submission.text !== undefined && !kinds.has("TEXT")) problems.push({ field: "text", message: { key: "submissionKindNotAccepted" } });
  if (submission.url !== undefined && !kinds.has("URL")) problems.push({ field: "url", message: { key: "submissionKindNotAccepted" } });
  if (file && !kinds.has("FILE")) problems.push({ field: SUBMISSION_FILE_FIELD, message: { key: "submissionKindNotAccepted" } });
  if (problems.length) throw new AppError("BAD_REQUEST", { key: "submissionInvalid" }, { fieldErrors: problems });
}

type StoredFile = { key: string; name: string; size: number; type: string };

async function storeFile(file: StagedUpload): Promise<StoredFile> {
  if (file.size > MAX_SUBMISSION_FILE_BYTES) throw tooLarge();
  const type = await sniffType(file.path);
  const key = newSubmissionFileKey(CONTENT_FILE_TYPES[type].extension);
  const { size } = await storage().putStream(key, createReadStream(file.path), type);
  return { key, name: cleanFileName(file.fileName, type), size, type };
}

export async function submitAssignment(actor: Actor, ref: ContentRef, assignment: ContentRow, submission: Submission, file: StagedUpload | null) {
  assertAccepted(assignment, submission, file);
  const stored = file ? await storeFile(file) : null;
  // The file this submission replaces, removed from storage once the change is committed.
  const replaced: { key: string | null } = { key: null };
  try {
    const outcome = await recordCompletion(actor, ref, async (tx, _enrollmentId, now) => {
      const where = { studentId: actor.id, contentId: assignment.id };
      const existing = await tx.completion.findUnique({ where: { studentId_contentId: where }, select: { gradedAt: true, completedAt: true, submissionFileKey: true } });
      if (existing?.gradedAt) throw new AppError("CONFLICT", { key: "submissionGraded" });
      const keepsFile = !stored && existing?.submissionFileKey != null && assignment.submissionKinds.includes("FILE");
      if (submission.text === undefined && submission.url === undefined && !stored && !keepsFile) {
        throw new AppError("BAD_REQUEST", { key: "submissionEmpty" }, { fieldErrors: [{ message: { key: "submissionEmpty" } }] });
      }
      const fileFields = stored
        ? { submissionFileKey: stored.key, submissionFileName: stored.name, submissionFileSize: stored.size, submissionFileType: stored.type }
        : keepsFile
          ? {}
          : { submissionFileKey: null, submissionFileName: null, submissionFileSize: null, submissionFileType: null };
      const completedAt = assignment.completionRule === "ON_SUBMISSION" ? (existing?.completedAt ?? now) : null;
      const data = {
        submissionText: submission.text ?? null,
        submissionUrl: submission.url ?? null,
        ...fileFields,
        submittedAt: now,
        late: assignment.dueAt !== null && now > assignment.dueAt,
        completedAt,
      };
      await tx.completion.upsert({ where: { studentId_contentId: where }, create: { ...where, ...data }, update: data });
      replaced.key = keepsFile ? null : (existing?.submissionFileKey ?? null);
    });
    await discardStoredFiles([replaced.key]);
    return outcome;
  } catch (error) {
    if (stored) await storage().delete(stored.key);
    throw error;
  }
}

/**
 * A submission sent as multipart/form-data (fields `text`, `url`, `file`): the actor is known
 * to study the assignment before the server takes in a byte of the file.
 */
export async function submitAssignmentForm(actor: Actor, ref: ContentRef, req: Request) {
  const { content } = await findStudyContent(actor, ref);
  if (content.type !== "ASSIGNMENT") throw new AppError("UNSUPPORTED_MEDIA_TYPE", { key: "unsupportedMediaType", values: { mediaType: "application/json" } });
  const missing = new AppError("BAD_REQUEST", { key: "submissionEmpty" });
  const { fields, file } = await stageMultipartForm(req, { field: SUBMISSION_FILE_FIELD, maxBytes: MAX_SUBMISSION_FILE_BYTES, tooLarge: tooLarge(), missing });
  try {
    return await submitAssignment(actor, ref, content, parseInput(ZSubmissionInput, fields), file);
  } finally {
    await file?.discard();
  }
}
