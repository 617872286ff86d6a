// A FILE content's download for the signed-in reader (web session): the reader and the
// preview link here. Whoever may not read the course's content gets the reason, never the file.
import { openContentFile } from "@/lib/contents/files";
import { contentNotFound } from "@/lib/contents/find-content";
import { sessionDownload } from "@/lib/storage/session-download";

export async function GET(req: Request, { params }: { params: Promise<{ contentId: string }> }) {
  const { contentId } = await params;
  return sessionDownload(req, { param: "contentId", value: contentId, notFound: contentNotFound, open: (actor, id) => openContentFile(actor, { contentId: id }) });
}
