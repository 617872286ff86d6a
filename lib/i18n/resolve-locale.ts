import { DEFAULT_LOCALE, isLocale, type Locale } from "./locales";

/** The best of our languages for an Accept-Language header ("id-ID,id;q=0.9,en;q=0.8"),
 *  by quality and then order; null when it names neither. */
export function matchAcceptLanguage(header: string | null | undefined): Locale | null {
  if (!header) return null;
  const ranked = header
    .split(",")
    .map((part, index) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      const quality = q ? Number(q.slice(2)) : 1;
      return { language: tag.trim().toLowerCase().split("-")[0], quality: Number.isFinite(quality) ? quality : 0, index };
    })
    .filter((entry) => entry.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index);
  return ranked.map((entry) => entry.language).find(isLocale) ?? null;
}

/** The locale of a request: the locale cookie, else the browser's Accept-Language, else
 *  English. A user's saved preference comes first by being copied into the cookie at sign-in
 *  and whenever they choose (lib/auth/session-hint-events.ts): pages never read it. */
export function resolveLocale(input: { cookie?: string | null; acceptLanguage?: string | null }): Locale {
  if (isLocale(input.cookie)) return input.cookie;
  return matchAcceptLanguage(input.acceptLanguage) ?? DEFAULT_LOCALE;
}
