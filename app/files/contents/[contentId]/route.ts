// A FILE content's download for the signed-in reader (web session): the reader and the
// preview link here. Whoever may not read the course's content gets the reason, never the file.
import { getLocale } from "next-intl/server";
import { ZPathId } from "@/lib/api/contract-schemas";
import { getSessionActor } from "@/lib/auth/session";
import { openContentFile } from "@/lib/contents/files";
import { contentNotFound } from "@/lib/contents/find-content";
import { AppError, wordError } from "@/lib/errors";
import { downloadResponse } from "@/lib/storage/download-response";

const textResponse = (text: string, status: number) =>
  new Response(text, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "X-Content-Type-Options": "nosniff", "Cache-Control": "private, no-store" } });

export async function GET(req: Request, { params }: { params: Promise<{ contentId: string }> }) {
  const { contentId } = await params;
  const actor = await getSessionActor();
  if (!actor) {
    const login = new URL("/login", req.url);
    login.searchParams.set("callbackUrl", new URL(req.url).pathname);
    return Response.redirect(login, 303);
  }
  try {
    const id = ZPathId("contentId").safeParse(contentId);
    if (!id.success) throw contentNotFound();
    return downloadResponse(await openContentFile(actor, { contentId: id.data }), req.method);
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return textResponse((await wordError(error, await getLocale())).message, error.status);
  }
}
