// A table's "Download CSV" link on the web: the signed-in user's session instead of a token,
// the page's filters from the query string. Signed-out visitors go to sign in and come back;
// anyone the domain refuses gets the reason as text.
import { getLocale } from "next-intl/server";
import type { Actor } from "@/lib/auth/actor";
import { getSessionActor } from "@/lib/auth/session";
import { AppError, wordError } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/locales";
import { type CsvFile, csvResponse } from "./csv";

const textResponse = (text: string, status: number) =>
  new Response(text, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "X-Content-Type-Options": "nosniff", "Cache-Control": "private, no-store" } });

export async function sessionCsv(req: Request, make: (actor: Actor, filters: Record<string, string>, locale: Locale) => Promise<CsvFile>) {
  const url = new URL(req.url);
  const actor = await getSessionActor();
  if (!actor) {
    const login = new URL("/login", req.url);
    login.searchParams.set("callbackUrl", `${url.pathname}${url.search}`);
    return Response.redirect(login, 303);
  }
  const locale = await getLocale();
  try {
    return csvResponse(await make(actor, Object.fromEntries(url.searchParams), locale));
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return textResponse((await wordError(error, locale)).message, error.status);
  }
}
