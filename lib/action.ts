// The wrapper of every server action: the session's actor, the domain call, and a result
// that a react-hook-form form can show next to its fields, worded in the page's language.
// Rules stay in the domain.
import { headers } from "next/headers";
import { getLocale } from "next-intl/server";
import type { Actor, MaybeActor } from "@/lib/auth/actor";
import { getSessionActor } from "@/lib/auth/session";
import { AppError, validationError, wordError } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/locales";
import { wordingFor } from "@/lib/i18n/server-text";
import { log } from "@/lib/log";
import { clientIp } from "@/lib/security/client-ip";
import { z } from "zod";

/** locale: the page's language, e.g. the one an account registers in. */
export type ActionContext = { ip: string; locale: Locale };

export type ActionResult<T> = { ok: true; data: T } | { ok: false; error: string; code: string; fieldErrors: Record<string, string> };

async function toFailure(error: unknown, locale: Locale): Promise<ActionResult<never>> {
  if (error instanceof AppError || error instanceof z.ZodError) {
    const known = error instanceof AppError ? error : validationError(error);
    const worded = await wordError(known, locale);
    const fieldErrors = Object.fromEntries(worded.fieldErrors.filter((e) => e.field).map((e) => [e.field as string, e.message]));
    // A bare zod failure asks for corrections; a rule's failure says what went wrong.
    const message = error instanceof AppError ? worded.message : (await wordingFor(locale)).errors("fixFields");
    return { ok: false, error: message, code: known.code, fieldErrors };
  }
  log.error({ err: error }, "unhandled error in server action");
  return { ok: false, error: (await wordingFor(locale)).errors("unexpected"), code: "INTERNAL", fieldErrors: {} };
}

/** auth "required": a signed-in user or a failure result (the form then offers sign-in). */
export function action<I, T>(fn: (actor: Actor, input: I, ctx: ActionContext) => Promise<T>, opts: { auth: "required" }): (input: I) => Promise<ActionResult<T>>;
export function action<I, T>(fn: (actor: MaybeActor, input: I, ctx: ActionContext) => Promise<T>, opts?: { auth?: "optional" }): (input: I) => Promise<ActionResult<T>>;
export function action<I, T>(fn: (actor: Actor, input: I, ctx: ActionContext) => Promise<T>, opts: { auth?: "required" | "optional" } = {}) {
  return async (input: I): Promise<ActionResult<T>> => {
    const locale = await getLocale();
    try {
      const actor = await getSessionActor();
      if (!actor && opts.auth === "required") throw new AppError("UNAUTHORIZED", { key: "signInAgain" });
      return { ok: true, data: await fn(actor as Actor, input, { ip: clientIp(await headers()), locale }) };
    } catch (error) {
      return toFailure(error, locale);
    }
  };
}
