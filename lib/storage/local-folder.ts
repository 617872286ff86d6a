// FileStorage on the local disk: one file per key under a root folder. Fine for a single
// instance; several instances behind a load balancer need shared object storage instead.
import { randomUUID } from "node:crypto";
import { createWriteStream } from "node:fs";
import { mkdir, open, readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
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

  /** Writes to a partial file, then renames it, so a reader never sees a half-written file. */
  async function writeWhole(key: string, contentType: string, write: (partial: string) => Promise<void>) {
    const file = fileOf(key);
    // The type is read back from the extension, so the two must agree.
    if (contentTypeOf(key) !== contentType) throw new Error(`Storage key ${key} does not match content type ${contentType}.`);
    await mkdir(path.dirname(file), { recursive: true });
    const partial = `${file}.${randomUUID()}.partial`;
    try {
      await write(partial);
      await rename(partial, file);
    } catch (error) {
      await rm(partial, { force: true });
      throw error;
    }
  }

  return {
    async put(key, bytes, contentType) {
      await writeWhole(key, contentType, (partial) => writeFile(partial, bytes, { flag: "wx" }));
    },

    async putStream(key, body, contentType) {
      let size = 0;
      async function* counted(source: AsyncIterable<Uint8Array>) {
        for await (const chunk of source) {
          size += chunk.byteLength;
          yield chunk;
        }
      }
      await writeWhole(key, contentType, (partial) => pipeline(Readable.from(body), counted, createWriteStream(partial, { flags: "wx" })));
      return { size };
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

    async open(key) {
      const file = fileOf(key);
      // Size and bytes come from one open file, so a replacement in between cannot mix them.
      const handle = await open(file).catch((error: unknown) => {
        if (isMissing(error)) return null;
        throw error;
      });
      if (!handle) return null;
      try {
        const stats = await handle.stat();
        if (!stats.isFile()) {
          await handle.close();
          return null;
        }
        // The stream closes the file when it ends or is cancelled.
        const stream = Readable.toWeb(handle.createReadStream()) as ReadableStream<Uint8Array>;
        return { stream, size: stats.size, contentType: contentTypeOf(key) };
      } catch (error) {
        await handle.close();
        throw error;
      }
    },

    async delete(key) {
      await rm(fileOf(key), { force: true });
    },
  };
}
