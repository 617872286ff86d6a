// Reading request bodies for route handlers, always with a cap: a body is never read whole
// before its size is known to be acceptable.
import { AppError, type ErrorText } from "@/lib/errors";
import type { BodyType } from "./route-spec";

/** JSON and form bodies: far above any real input, far below what could hurt the server. */
export const MAX_JSON_BODY_BYTES = 1024 * 1024;

const tooLarge = (maxBytes: number) =>
  new AppError("PAYLOAD_TOO_LARGE", { key: "bodyTooLarge", values: { size: formatBytes(maxBytes) } });

const formatBytes = (bytes: number) => (bytes >= 1024 * 1024 ? `${Math.round(bytes / (1024 * 1024))} MB` : `${Math.round(bytes / 1024)} KB`);

/**
 * The raw body, read with a cap: 413 as soon as it (or its declared Content-Length) passes
 * maxBytes, so neither a false length nor a chunked upload can exhaust memory.
 */
export async function readBodyCapped(req: Request, maxBytes: number, tooLargeError: AppError = tooLarge(maxBytes)): Promise<Uint8Array<ArrayBuffer>> {
  if (Number(req.headers.get("content-length") ?? NaN) > maxBytes) throw tooLargeError;
  if (!req.body) return new Uint8Array(0);
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = req.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      throw tooLargeError;
    }
    chunks.push(value);
  }
  const body = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}

/** The bodies the wrapper reads itself (multipart-stream and raw bodies are the handler's). */
type ReadBodyType = Exclude<BodyType, "multipart-stream" | "raw">;

const mediaTypes: Record<ReadBodyType, { pattern: RegExp; name: string }> = {
  json: { pattern: /^application\/([\w.+-]+\+)?json\s*(;|$)/i, name: "JSON (Content-Type: application/json)" },
  form: { pattern: /^application\/x-www-form-urlencoded\s*(;|$)/i, name: "application/x-www-form-urlencoded" },
  multipart: { pattern: /^multipart\/form-data\s*;/i, name: "multipart/form-data" },
};

/**
 * The body as the route declares it: parsed JSON (an empty body is {}), a form as a plain
 * object, or multipart FormData. 415 for another media type, 400 for a malformed body.
 */
export async function readBody(req: Request, type: ReadBodyType, maxBytes: number, tooLargeMessage?: ErrorText): Promise<unknown> {
  const contentType = req.headers.get("content-type") ?? "";
  const bytes = await readBodyCapped(req, maxBytes, tooLargeMessage ? new AppError("PAYLOAD_TOO_LARGE", tooLargeMessage) : undefined);
  if (type === "json" && bytes.byteLength === 0) return {};
  if (!mediaTypes[type].pattern.test(contentType)) {
    throw new AppError("UNSUPPORTED_MEDIA_TYPE", { key: "unsupportedMediaType", values: { mediaType: mediaTypes[type].name } });
  }
  if (type === "multipart") {
    try {
      return await new Response(bytes, { headers: { "content-type": contentType } }).formData();
    } catch {
      throw new AppError("BAD_REQUEST", { key: "multipartUnreadable" }, { fieldErrors: [{ field: "body", message: { key: "multipartMalformed" } }] });
    }
  }
  const text = new TextDecoder().decode(bytes);
  if (type === "form") return Object.fromEntries(new URLSearchParams(text));
  if (!text.trim()) return {};
  try {
    return JSON.parse(text);
  } catch {
    throw new AppError("BAD_REQUEST", { key: "jsonInvalid" }, { fieldErrors: [{ field: "body", message: { key: "jsonMalformed" } }] });
  }
}
