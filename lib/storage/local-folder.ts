// FileStorage on the local disk: one file per key under a root folder. Fine for a single
// instance; several instances behind a load balancer need shared object storage instead.
import { randomUUID } from "node:crypto";
import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { assertValidKey, contentTypeOf } from "./keys";
import type { FileStorage } from "./storage";

const isMissing = (error: unknown) => ["ENOENT", "ENOTDIR", "EISDIR"].includes((error as NodeJS.ErrnoException).code ?? "");

export function localFolderStorage(root: string): FileStorage {
  const base = path.resolve(root);

  // The key regex already rules out traversal; this check guards against a later change to it.
  function fileOf(key: string) {
    assertValidKey(key);
    const file = path.resolve(base, key);
    if (!file.startsWith(base + path.sep)) throw new Error("Storage key escapes the upload folder.");
    return file;
  }

  return {
    async put(key, bytes, contentType) {
      const file = fileOf(key);
      // The type is read back from the extension, so the two must agree.
      if (contentTypeOf(key) !== contentType) throw new Error(`Storage key ${key} does not match content type ${contentType}.`);
      await mkdir(path.dirname(file), { recursive: true });
      // Write then rename, so a reader never sees a half-written file.
      const partial = `${file}.${randomUUID()}.partial`;
      try {
        await writeFile(partial, bytes, { flag: "wx" });
        await rename(partial, file);
      } catch (error) {
        await rm(partial, { force: true });
        throw error;
      }
    },

    async get(key) {
      const file = fileOf(key);
      try {
        return { bytes: new Uint8Array(await readFile(file)), contentType: contentTypeOf(key) };
      } catch (error) {
        if (isMissing(error)) return null;
        throw error;
      }
    },

    async delete(key) {
      await rm(fileOf(key), { force: true });
    },
  };
}
