// Reading a request for a route handler: JSON bodies and integer path ids.
import { AppError } from "@/lib/errors";

/** The JSON body; 415 for another media type, 400 for malformed JSON. An empty body is {}. */
export async function readJson(req: Request): Promise<unknown> {
  const text = await req.text();
  if (!text.trim()) return {};
  const type = req.headers.get("content-type") ?? "";
  if (!/^application\/([\w.+-]+\+)?json\b/i.test(type)) {
    throw new AppError("UNSUPPORTED_MEDIA_TYPE", "Request body must be JSON (Content-Type: application/json).");
  }
  try {
    return JSON.parse(text);
  } catch {
    throw new AppError("BAD_REQUEST", "Request body is not valid JSON.", { fieldErrors: [{ field: "body", message: "Malformed JSON" }] });
  }
}

const MAX_ID = 2_147_483_647;

/** A path id such as {courseId}: a positive 32-bit integer, else 400 naming the parameter. */
export function parseId(value: string | undefined, name: string): number {
  const id = /^\d{1,10}$/.test(value ?? "") ? Number(value) : NaN;
  if (!Number.isSafeInteger(id) || id < 1 || id > MAX_ID) {
    throw new AppError("BAD_REQUEST", `${name} must be a positive integer.`, { fieldErrors: [{ field: name, message: "must be a positive integer" }] });
  }
  return id;
}

/** Query-string parameters as a plain object (the last value wins for repeated keys). */
export const searchParamsOf = (req: Request) => Object.fromEntries(new URL(req.url).searchParams);

/**
 * The raw body, read with a cap: 413 as soon as it (or its declared Content-Length) passes
 * maxBytes, so neither a false length nor a chunked upload can exhaust memory.
 */
export async function readBodyCapped(req: Request, maxBytes: number, tooLargeMessage: string): Promise<Uint8Array<ArrayBuffer>> {
  const tooLarge = () => new AppError("PAYLOAD_TOO_LARGE", tooLargeMessage);
  if (Number(req.headers.get("content-length") ?? NaN) > maxBytes) throw tooLarge();
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
      throw tooLarge();
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
