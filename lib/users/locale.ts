// The interface language a user chose. Pages do not read it from here (that would be a query
// per public request): sign-in and the language switch copy it into the locale cookie.
import { z } from "zod";
import { msg } from "@/lib/i18n/validation-text";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { parseInput } from "@/lib/errors";
import { LOCALES, type Locale } from "@/lib/i18n/locales";

export const ZSetLocaleInput = z.object({ locale: z.enum(LOCALES, { error: msg("fieldOneOf") }) });

/** Saves the actor's own language; anyone signed in may choose theirs. */
export async function setLocale(actor: Actor, input: unknown): Promise<{ locale: Locale }> {
  const { locale } = parseInput(ZSetLocaleInput, input);
  await db.user.update({ where: { id: actor.id }, data: { locale } });
  return { locale };
}

/** The language a user saved, or null when they never chose one (or do not exist). */
export async function savedLocale(userId: number): Promise<Locale | null> {
  return (await db.user.findUnique({ where: { id: userId }, select: { locale: true } }))?.locale ?? null;
}
