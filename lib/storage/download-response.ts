// The answer that hands a private stored file to the one person allowed to have it: always a
// download (never shown inline, so an uploaded page or script cannot run on our origin), under
// its original name, in its sniffed type, and never kept by a shared cache.
import type { OpenedFile } from "./storage";

export type Download = OpenedFile & { fileName: string };

/** An ASCII stand-in for clients that ignore filename*: accents dropped, anything else "_". */
function asciiFileName(name: string) {
  const plain = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^\x20-\x7e]|["\\%;]/g, "_")
    .trim();
  return plain || "download";
}

/** RFC 6266 with the RFC 8187 UTF-8 form, which every current browser prefers. */
export function attachmentDisposition(fileName: string) {
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${asciiFileName(fileName)}"; filename*=UTF-8''${encoded}`;
}

/** method: the request's; a HEAD answer closes the file unread (Next sends HEAD no body). */
export function downloadResponse(file: Download, method = "GET"): Response {
  const headers = {
    "Content-Type": file.contentType,
    "Content-Length": String(file.size),
    "Content-Disposition": attachmentDisposition(file.fileName),
    "X-Content-Type-Options": "nosniff",
    "Cache-Control": "private, no-store",
    "Content-Security-Policy": "default-src 'none'; sandbox",
  };
  if (method !== "HEAD") return new Response(file.stream, { headers });
  void file.stream.cancel();
  return new Response(null, { headers });
}
