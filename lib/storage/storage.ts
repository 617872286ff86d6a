// Where uploaded files live. Callers see only this interface, so object storage (S3, R2)
// can replace the local folder without touching the domain code.
import path from "node:path";
import { env } from "@/lib/env";
import { localFolderStorage } from "./local-folder";

export type StoredFile = { bytes: Uint8Array; contentType: string };
/** A stored file opened for reading in chunks (downloads of up to tens of megabytes). */
export type OpenedFile = { stream: ReadableStream<Uint8Array>; size: number; contentType: string };

export type FileStorage = {
  /** Stores the bytes under the key, replacing any file there. */
  put(key: string, bytes: Uint8Array, contentType: string): Promise<void>;
  /** The file, or null when no file has this key. */
  get(key: string): Promise<StoredFile | null>;
  /**
   * Stores what the stream yields under the key without holding it in memory; readers see the
   * old file or the whole new one, never a part. If the stream fails, nothing is left behind.
   */
  putStream(key: string, body: AsyncIterable<Uint8Array>, contentType: string): Promise<{ size: number }>;
  /** The file for streaming, or null when no file has this key. */
  open(key: string): Promise<OpenedFile | null>;
  /** Removes the file; removing a missing file is not an error. */
  delete(key: string): Promise<void>;
};

let configured: FileStorage | undefined;

/** The configured storage: a folder at UPLOAD_DIR, relative to the project root. */
export function storage(): FileStorage {
  configured ??= localFolderStorage(path.resolve(/*turbopackIgnore: true*/ process.cwd(), env().UPLOAD_DIR));
  return configured;
}
