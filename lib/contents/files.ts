// The file of a FILE content. Uploads are streamed to a temporary file (lib/storage/
// staged-upload.ts), their type decided by their bytes, never by the name or the declared
// type, and stored under a name we make (files/<uuid>.<ext>, never public). Downloads go to
// whoever may read the course's content, under the uploader's file name.
import { createReadStream } from "node:fs";
import path from "node:path";
import { fileTypeFromFile } from "file-type";
import type { Actor } from "@/lib/auth/actor";
import { canReadCourseContent } from "@/lib/courses/content-access";
import { findManagedCourse } from "@/lib/courses/managed-course";
import { readableCoursesWhere } from "@/lib/courses/policy";
import { db, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Download } from "@/lib/storage/download-response";
import { newContentFileKey } from "@/lib/storage/keys";
import { type StagedUpload, stageMultipartFile } from "@/lib/storage/staged-upload";
import { storage } from "@/lib/storage/storage";
import { discardStoredFiles } from "./discard-files";
import { contentNotFound } from "./find-content";
import { CONTENT_FILE_FIELD, CONTENT_FILE_TYPES, type ContentFileType, isContentFileType, MAX_CONTENT_FILE_BYTES } from "./files-limits";
import { contentSelect, toContentView } from "./views";

/** Which content: the module is optional for callers that know only the course (web routes). */
export type ContentFileRef = { courseId: number; moduleId?: number; contentId: number };

const contentFileTooLarge = () =>
  new AppError("PAYLOAD_TOO_LARGE", { key: "contentFileTooLarge", values: { megabytes: MAX_CONTENT_FILE_BYTES / (1024 * 1024) } });
const contentFileMissing = () =>
  new AppError("BAD_REQUEST", { key: "contentFileMissing" }, { fieldErrors: [{ field: CONTENT_FILE_FIELD, message: { key: "contentFileChoose" } }] });

/** How attachContentFile receives the file of a multipart request (field "file"). */
export const contentFileFrom = (req: Request) => () =>
  stageMultipartFile(req, { field: CONTENT_FILE_FIELD, maxBytes: MAX_CONTENT_FILE_BYTES, tooLarge: contentFileTooLarge(), missing: contentFileMissing() });

const contentWhere = (ref: ContentFileRef) => ({ id: ref.contentId, ...(ref.moduleId === undefined ? {} : { moduleId: ref.moduleId }), module: { courseId: ref.courseId } });

/** The FILE content to attach to, for its course's teacher or an admin. */
async function findFileContent(actor: Actor, ref: ContentFileRef, tx?: Tx) {
  await findManagedCourse(actor, ref.courseId, tx ? { tx, lock: true } : {});
  const content = await (tx ?? db).content.findFirst({ where: contentWhere(ref), select: { id: true, type: true, fileKey: true } });
  if (!content) throw contentNotFound();
  if (content.type !== "FILE") throw new AppError("BAD_REQUEST", { key: "contentNotFile" });
  return content;
}

/** The accepted type the file's bytes show; 415 for anything else. */
export async function sniffType(file: string): Promise<ContentFileType> {
  const mime = (await fileTypeFromFile(file))?.mime;
  if (!isContentFileType(mime)) throw new AppError("UNSUPPORTED_MEDIA_TYPE", { key: "contentFileType" });
  return mime;
}

// Office documents are ZIP archives: one that shows no Office structure may still be named so.
const namesFor: Record<ContentFileType, readonly string[]> = {
  "application/pdf": ["pdf"],
  "application/zip": ["zip", "docx", "xlsx", "pptx"],
  "application/vnd.openxmlformats-officedocument.presentationml.presentation": ["pptx"],
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": ["docx"],
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": ["xlsx"],
  "image/png": ["png"],
  "image/jpeg": ["jpg", "jpeg"],
};

const MAX_NAME_LENGTH = 120;

/**
 * The uploader's file name, made safe to store and to send back in a header: no folders, no
 * control characters or characters file systems refuse, at most MAX_NAME_LENGTH characters,
 * and an extension that matches the bytes (a PNG named "notes.pdf" downloads as "notes.png").
 */
export function cleanFileName(name: string, type: ContentFileType): string {
  const base = path.posix.basename(name.replaceAll("\\", "/")).normalize("NFC");
  const cleaned = base
    .replace(/[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}]/gu, "")
    .replace(/[/\\:*?"<>|]/g, "_")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^\.+/, "");
  // Only something that looks like an extension is one: "Week 1.2 notes" has none.
  const match = /^(.+)\.([a-z0-9]{1,5})$/i.exec(cleaned);
  const [stem, extension] = match ? [match[1] as string, match[2] as string] : [cleaned, ""];
  const suffix = `.${namesFor[type].includes(extension.toLowerCase()) ? extension : CONTENT_FILE_TYPES[type].extension}`;
  const room = MAX_NAME_LENGTH - suffix.length;
  const bounded = [...stem].slice(0, room).join("").trim();
  return (bounded || "file") + suffix;
}

/**
 * Stores a new file for a FILE content, replacing the old one (deleted once the change is
 * committed). `receive` stages the upload; it runs only after the actor is known to manage
 * the course, so nobody else can make the server take in 50 MB. Returns the content as its
 * teacher sees it.
 */
export async function attachContentFile(actor: Actor, ref: ContentFileRef, receive: () => Promise<StagedUpload>) {
  await findFileContent(actor, ref);
  const upload = await receive();
  try {
    if (upload.size > MAX_CONTENT_FILE_BYTES) throw contentFileTooLarge();
    if (upload.size === 0) throw contentFileMissing();
    const type = await sniffType(upload.path);
    const key = newContentFileKey(CONTENT_FILE_TYPES[type].extension);
    const { size } = await storage().putStream(key, createReadStream(upload.path), type);
    const { row, previous } = await db
      .$transaction(async (tx) => {
        const content = await findFileContent(actor, ref, tx);
        const row = await tx.content.update({
          where: { id: content.id },
          data: { fileKey: key, fileName: cleanFileName(upload.fileName, type), fileSize: size, fileType: type },
          select: contentSelect,
        });
        return { row, previous: content.fileKey };
      })
      .catch(async (error: unknown) => {
        await storage().delete(key);
        throw error;
      });
    await discardStoredFiles([previous]);
    const view = toContentView(row, ref.courseId, "manager");
    if (view.locked || view.type !== "File") throw new Error(`Content ${row.id} is not shown as a file.`);
    return view;
  } finally {
    await upload.discard();
  }
}

/**
 * The file of a FILE content, for whoever may read the course's content (its teacher, admins,
 * a student whose enrolment is paid): 404 where the course is hidden from the actor or there
 * is no file, 403 where they may see the course but not its content.
 */
export async function openContentFile(actor: Actor, ref: { contentId: number; courseId?: number; moduleId?: number }): Promise<Download> {
  const row = await db.content.findFirst({
    where: {
      id: ref.contentId,
      ...(ref.moduleId === undefined ? {} : { moduleId: ref.moduleId }),
      module: { ...(ref.courseId === undefined ? {} : { courseId: ref.courseId }), course: readableCoursesWhere(actor) },
    },
    select: { type: true, fileKey: true, fileName: true, fileType: true, module: { select: { course: { select: { id: true, teacherId: true, releaseDate: true } } } } },
  });
  if (!row) throw contentNotFound();
  if (!(await canReadCourseContent(actor, row.module.course))) throw new AppError("FORBIDDEN", { key: "contentLocked" });
  const file = row.type === "FILE" && row.fileKey ? await storage().open(row.fileKey) : null;
  if (!file) throw new AppError("NOT_FOUND", { key: "contentFileNotFound" });
  return { ...file, contentType: row.fileType ?? file.contentType, fileName: row.fileName ?? path.posix.basename(row.fileKey ?? "file") };
}
