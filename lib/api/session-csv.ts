// CSV downloads for the signed-in web session (the pages' "Download CSV" links), beside the
// API's `format=csv`: the same export, with a sign-in redirect for a lost session and the
// domain's refusal worded as plain text in the page's language.
import { getLocale } from "next-intl/server";
import type { Actor } from "@/lib/auth/actor";
import { getSessionActor } from "@/lib/auth/session";
import { AppError, wordError } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/locales";
import { csvResponse } from "@/lib/shared/csv";

const textResponse = (text: string, status: number) =>
  new Response(text, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "X-Content-Type-Options": "nosniff", "Cache-Control": "private, no-store" } });

type Export = (actor: Actor, query: Record<string, string>, locale: Locale) => Promise<{ csv: string; fileName: string }>;

/** Answers a GET with the export of the URL's query (its filters) for the session's actor. */
export async function sessionCsv(req: Request, exportCsv: Export) {
  const url = new URL(req.url);
  const actor = await getSessionActor();
  if (!actor) {
    const login = new URL("/login", req.url);
    login.searchParams.set("callbackUrl", `${url.pathname}${url.search}`);
    return Response.redirect(login, 303);
  }
  const locale = await getLocale();
  try {
    return csvResponse(await exportCsv(actor, Object.fromEntries(url.searchParams), locale));
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return textResponse((await wordError(error, locale)).message, error.status);
  }
}
