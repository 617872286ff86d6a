// A stored file downloaded with the web session (the reader, the preview, the grading page):
// signed-out visitors go to sign in and come back; anyone the domain refuses gets the reason
// as text, never the file.
import { getLocale } from "next-intl/server";
import { ZPathId } from "@/lib/api/contract-schemas";
import type { Actor } from "@/lib/auth/actor";
import { getSessionActor } from "@/lib/auth/session";
import { AppError, wordError } from "@/lib/errors";
import { type Download, downloadResponse } from "./download-response";

const textResponse = (text: string, status: number) =>
  new Response(text, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "X-Content-Type-Options": "nosniff", "Cache-Control": "private, no-store" } });

/** `open` reads the file for the actor by the id in the path; a malformed id is `notFound()`. */
export async function sessionDownload(req: Request, opts: { param: string; value: string; notFound: () => AppError; open: (actor: Actor, id: number) => Promise<Download> }) {
  const actor = await getSessionActor();
  if (!actor) {
    const login = new URL("/login", req.url);
    login.searchParams.set("callbackUrl", new URL(req.url).pathname);
    return Response.redirect(login, 303);
  }
  try {
    const id = ZPathId(opts.param).safeParse(opts.value);
    if (!id.success) throw opts.notFound();
    return downloadResponse(await opts.open(actor, id.data), req.method);
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return textResponse((await wordError(error, await getLocale())).message, error.status);
  }
}
