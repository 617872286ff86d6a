// A file uploaded as multipart/form-data, streamed from the request into a temporary file and
// counted on the way: memory holds a chunk at a time, whatever the size, and the upload is cut
// off (and its partial file removed) as soon as it passes the limit. The caller inspects the
// staged file (its type by its bytes), stores it, and always discards it.
import { createWriteStream } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { Readable, Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { ReadableStream as NodeReadableStream } from "node:stream/web";
import Busboy from "@fastify/busboy";
import { AppError } from "@/lib/errors";

export type StagedUpload = {
  /** The temporary file holding the bytes. */
  path: string;
  size: number;
  /** The name the client gave the file (unsanitised; empty when none was given). */
  fileName: string;
  /** Removes the temporary file; safe to call more than once. */
  discard(): Promise<void>;
};

export type StageOptions = {
  /** The form field that carries the file. */
  field: string;
  maxBytes: number;
  tooLarge: AppError;
  missing: AppError;
};

/** What a multipart body adds around one file: boundaries, part headers, a few small fields. */
const MULTIPART_OVERHEAD_BYTES = 64 * 1024;

const MULTIPART = /^multipart\/form-data\s*;/i;

const malformed = () =>
  new AppError("BAD_REQUEST", { key: "multipartUnreadable" }, { fieldErrors: [{ field: "body", message: { key: "multipartMalformed" } }] });

/** 415 unless the request is multipart; 413 at once when its declared length is already too big. */
function assertMultipartWithin(req: Request, maxBytes: number, tooLarge: AppError) {
  if (!MULTIPART.test(req.headers.get("content-type") ?? "")) {
    throw new AppError("UNSUPPORTED_MEDIA_TYPE", { key: "unsupportedMediaType", values: { mediaType: "multipart/form-data" } });
  }
  if (Number(req.headers.get("content-length") ?? NaN) > maxBytes + MULTIPART_OVERHEAD_BYTES) throw tooLarge;
}

/** Streams the request's file field into a temporary file. */
export async function stageMultipartFile(req: Request, opts: StageOptions): Promise<StagedUpload> {
  const { file } = await stageMultipartForm(req, opts);
  if (!file) throw opts.missing;
  return file;
}

/**
 * A multipart form whose file is optional (an assignment handed in as text, a link, a file or
 * several): its small text fields, and its file staged as stageMultipartFile does, or null when
 * none was chosen (a browser sends an empty part without a name then).
 */
export async function stageMultipartForm(req: Request, opts: StageOptions): Promise<{ fields: Record<string, string>; file: StagedUpload | null }> {
  assertMultipartWithin(req, opts.maxBytes, opts.tooLarge);
  if (!req.body) return { fields: {}, file: null };
  const folder = await mkdtemp(path.join(tmpdir(), "lms-upload-"));
  const discard = () => rm(folder, { recursive: true, force: true });
  try {
    const file = path.join(folder, "upload");
    const { size, fileName, fields, hasFile } = await receive(req, req.body, file, opts);
    if (!hasFile || (size === 0 && !fileName)) {
      await discard();
      return { fields, file: null };
    }
    return { fields, file: { path: file, size, fileName, discard } };
  } catch (error) {
    await discard();
    throw error;
  }
}

type Received = { size: number; fileName: string; fields: Record<string, string>; hasFile: boolean };

function receive(req: Request, body: ReadableStream<Uint8Array>, file: string, opts: StageOptions): Promise<Received> {
  return new Promise((resolve, reject) => {
    const source = Readable.fromWeb(body as NodeReadableStream<Uint8Array>);
    let parser: ReturnType<typeof Busboy>;
    try {
      parser = Busboy({
        headers: { "content-type": req.headers.get("content-type") ?? "" },
        // One byte over the limit is enough to know the file is too large.
        limits: { files: 1, fileSize: opts.maxBytes + 1, fields: 20, parts: 25, fieldSize: 64 * 1024 },
      });
    } catch {
      reject(malformed());
      return;
    }

    let settled = false;
    let written: Promise<{ size: number; fileName: string }> | null = null;
    const fields: Record<string, string> = {};
    parser.on("field", (name, value) => {
      fields[name] = value;
    });

    // Stops reading the request at once: nothing more of an oversized or broken body is taken in.
    const fail = (error: unknown) => {
      if (settled) return;
      settled = true;
      source.unpipe(parser);
      source.destroy();
      parser.destroy();
      reject(error);
    };

    parser.on("file", (field, stream, fileName) => {
      if (field !== opts.field || written) {
        stream.resume();
        return;
      }
      let size = 0;
      const counter = new Transform({
        transform(chunk: Buffer, _encoding, callback) {
          size += chunk.byteLength;
          if (size > opts.maxBytes) callback(opts.tooLarge);
          else callback(null, chunk);
        },
      });
      written = pipeline(stream, counter, createWriteStream(file, { flags: "wx" })).then(() => ({ size, fileName: fileName ?? "" }));
      written.catch(fail);
    });
    parser.on("error", () => fail(malformed()));
    parser.on("finish", () => {
      if (settled) return;
      if (!written) {
        settled = true;
        return resolve({ size: 0, fileName: "", fields, hasFile: false });
      }
      written.then((result) => {
        if (settled) return;
        settled = true;
        resolve({ ...result, fields, hasFile: true });
      }, fail);
    });
    // A client that goes away mid-upload leaves nothing to answer; the partial file goes.
    source.on("error", fail);
    source.pipe(parser);
  });
}
