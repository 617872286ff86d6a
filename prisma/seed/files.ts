// The demo handouts, rendered to PDF and stored like uploaded course files.
import { randomUUID } from "node:crypto";
import path from "node:path";
import { localFolderStorage } from "../../lib/storage/local-folder";
import type { DocumentSpec } from "./course-types";
import { renderPdf } from "./pdf";

const PDF = "application/pdf";

export type StoredDocument = { fileKey: string; fileName: string; fileSize: number; fileType: string };

// `npm start` seeds before the server starts and without the server's environment (the
// embedded database's URL is not in it), so lib/storage's env()-based storage() cannot be
// used here; this opens the folder it would: UPLOAD_DIR, by default "uploads", under the
// working directory.
const uploads = () => localFolderStorage(path.resolve(process.cwd(), process.env.UPLOAD_DIR || "uploads"));

/** Renders and stores one handout under a new, unguessable key. */
export async function storeDocument(document: DocumentSpec): Promise<StoredDocument> {
  const bytes = renderPdf(document);
  const fileKey = `files/${randomUUID()}.pdf`;
  await uploads().put(fileKey, bytes, PDF);
  return { fileKey, fileName: document.fileName, fileSize: bytes.byteLength, fileType: PDF };
}
