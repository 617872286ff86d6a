// Serves the public uploads (isPublicUploadKey); each stored name is unique per upload,
// so a response may be cached for good. The headers keep a stored file from ever being
// run as a page or script, whatever its bytes.
import { isPublicUploadKey } from "@/lib/storage/keys";
import { storage } from "@/lib/storage/storage";

const notFound = () => new Response("Not found.", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "X-Content-Type-Options": "nosniff" } });

export async function GET(_req: Request, { params }: { params: Promise<{ path: string[] }> }) {
  const key = (await params).path.join("/");
  if (!isPublicUploadKey(key)) return notFound();
  const file = await storage().get(key);
  if (!file) return notFound();
  return new Response(file.bytes.slice(), {
    headers: {
      "Content-Type": file.contentType,
      "Content-Length": String(file.bytes.byteLength),
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "public, max-age=31536000, immutable",
      "Content-Security-Policy": "default-src 'none'",
      "Content-Disposition": "inline",
    },
  });
}
