// A comment's moment, short: "12 Mar 2026, 14.05" — the date alone hides a busy afternoon.
import type { Locale } from "@/lib/i18n/locales";

const formats = new Map<string, Intl.DateTimeFormat>();

export function commentTime(iso: string, locale: Locale, timeZone: string): string {
  const key = `${locale}:${timeZone}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale === "id" ? "id-ID" : "en-GB", { dateStyle: "medium", timeStyle: "short", timeZone });
    formats.set(key, format);
  }
  return format.format(new Date(iso));
}
