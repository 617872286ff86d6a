// The time zone a request's dates are shown in. Pages render on the server, which cannot
// ask the browser, so the browser tells it through a cookie (components/i18n/time-zone-cookie.tsx,
// written on the first page it loads); until then, and for any value that is not a time
// zone this server knows, each locale has a default: Jakarta time (WIB) for Indonesian,
// where most of its readers are, UTC otherwise. Imported by that client component too:
// nothing here may need the server.
import { type Locale, TIME_ZONES } from "@/lib/i18n/locales";

export const TIME_ZONE_COOKIE = "lms-tz";
export const TIME_ZONE_COOKIE_MAX_AGE = 365 * 24 * 60 * 60;

// An IANA name ("Asia/Jakarta", "America/Argentina/Buenos_Aires", "Etc/GMT+7", "UTC"), so a
// cookie never reaches Intl as an offset or anything longer than a zone name.
const ZONE_NAME = /^[A-Za-z][A-Za-z0-9_+-]*(?:\/[A-Za-z0-9_+-]+){0,2}$/;

// The canonical spelling of each cookie value Intl accepted: a zone is checked once per
// process, not on every request (bounded: case variants of names make the set open-ended).
const KNOWN_MAX = 1000;
const known = new Map<string, string>();

/** The canonical name of a time zone Intl knows ("asia/jakarta" → "Asia/Jakarta"), else null. */
export function canonicalTimeZone(value: string | null | undefined): string | null {
  if (!value || value.length > 64 || !ZONE_NAME.test(value)) return null;
  const cached = known.get(value);
  if (cached) return cached;
  try {
    const zone = new Intl.DateTimeFormat("en", { timeZone: value }).resolvedOptions().timeZone;
    if (known.size >= KNOWN_MAX) known.clear();
    known.set(value, zone);
    return zone;
  } catch {
    return null;
  }
}

/** The zone of a request: the browser's from the cookie when valid, else the locale's default. */
export function resolveTimeZone(cookie: string | null | undefined, locale: Locale): string {
  return canonicalTimeZone(cookie) ?? TIME_ZONES[locale];
}
