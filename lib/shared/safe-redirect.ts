// Where to send someone after signing in. The WHATWG URL parser decides, exactly as the
// browser will: it strips tabs and newlines, reads "\" as "/" and resolves "." segments,
// so "/\t/evil.example" or "/.//evil.example" cannot pass as a local path.
import { env } from "@/lib/env";

/** A same-origin path+search+hash (normalised, ASCII only) to return to; anything else falls back. */
export function safeReturnPath(value: unknown, fallback = "/dashboard"): string {
  if (typeof value !== "string" || value === "") return fallback;
  const base = new URL(env().APP_URL);
  let url: URL;
  try {
    url = new URL(value, base);
  } catch {
    return fallback;
  }
  // A path that starts with "//" would be read as another host once it is a Location again.
  if (url.origin !== base.origin || url.pathname.startsWith("//")) return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}
