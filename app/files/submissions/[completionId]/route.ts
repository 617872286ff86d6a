// A handed-in assignment file for the signed-in reader (web session): the grading page and
// the student's own assignment link here. Anyone else is told it does not exist.
import { getLocale } from "next-intl/server";
import { ZPathId } from "@/lib/api/contract-schemas";
import { getSessionActor } from "@/lib/auth/session";
import { AppError, wordError } from "@/lib/errors";
import { submissionNotFound } from "@/lib/grading/find-submission";
import { openSubmissionFile } from "@/lib/grading/submission-file";
import { downloadResponse } from "@/lib/storage/download-response";

const textResponse = (text: string, status: number) =>
  new Response(text, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "X-Content-Type-Options": "nosniff", "Cache-Control": "private, no-store" } });

export async function GET(req: Request, { params }: { params: Promise<{ completionId: string }> }) {
  const { completionId } = await params;
  const actor = await getSessionActor();
  if (!actor) {
    const login = new URL("/login", req.url);
    login.searchParams.set("callbackUrl", new URL(req.url).pathname);
    return Response.redirect(login, 303);
  }
  try {
    const id = ZPathId("completionId").safeParse(completionId);
    if (!id.success) throw submissionNotFound();
    return downloadResponse(await openSubmissionFile(actor, id.data), req.method);
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return textResponse((await wordError(error, await getLocale())).message, error.status);
  }
}
