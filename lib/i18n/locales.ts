// The interface languages. Routes carry no locale prefix: the locale is resolved per request
// (see ./resolve-locale.ts) and the same URL serves both languages.
import type { Locale } from "@/lib/generated/prisma/enums";

export type { Locale };

export const LOCALES = ["en", "id"] as const satisfies readonly Locale[];
export const DEFAULT_LOCALE: Locale = "en";

/** Set by the language switch and at sign-in from the saved preference; readable by the
 *  browser (the switch writes it), it only ever names a language. */
export const LOCALE_COOKIE = "lms-locale";
export const LOCALE_COOKIE_MAX_AGE = 365 * 24 * 60 * 60;

/** Each language in its own words, as a language switch names them in every locale. */
export const LOCALE_NAMES: Record<Locale, string> = { en: "English", id: "Bahasa Indonesia" };

export const isLocale = (value: unknown): value is Locale => LOCALES.some((locale) => locale === value);

/** Each locale's default time zone, for a request whose browser has not named its own yet
 *  (i18n/time-zone.ts) and for mails, which have no browser: Jakarta time (WIB) for
 *  Indonesian, where most of its readers are; UTC for English, unambiguous anywhere. */
export const TIME_ZONES: Record<Locale, string> = { en: "UTC", id: "Asia/Jakarta" };
