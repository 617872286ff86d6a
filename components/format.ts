// Display formatting shared by every page, so a price or a date reads the same everywhere.
// Every figure goes through Intl for the page's locale (next-intl's getLocale/useLocale),
// every moment in the request's time zone (getTimeZone/useTimeZone, see i18n/time-zone.ts).
import type { Locale } from "@/lib/i18n/locales";

// Intl formatters are costly to build and safe to share: one per locale.
const perLocale = <T>(make: (locale: Locale) => T) => {
  const made = new Map<Locale, T>();
  return (locale: Locale): T => {
    const existing = made.get(locale);
    if (existing) return existing;
    const fresh = make(locale);
    made.set(locale, fresh);
    return fresh;
  };
};

// "Rp 399.000" in Indonesian; English readers get the ISO code, "IDR 399,000".
const money = perLocale(
  (locale) =>
    new Intl.NumberFormat(locale === "id" ? "id-ID" : "en", { style: "currency", currency: "IDR", currencyDisplay: locale === "id" ? "symbol" : "code", maximumFractionDigits: 0 }),
);
const counts = perLocale((locale) => new Intl.NumberFormat(locale === "id" ? "id-ID" : "en"));
// One per locale and zone: zones come from valid names only (i18n/time-zone.ts), so the set is bounded.
const perZone = (options: Intl.DateTimeFormatOptions) => {
  const made = new Map<string, Intl.DateTimeFormat>();
  return (locale: Locale, timeZone: string): Intl.DateTimeFormat => {
    const key = `${locale} ${timeZone}`;
    let format = made.get(key);
    if (!format) {
      format = new Intl.DateTimeFormat(locale === "id" ? "id-ID" : "en-GB", { ...options, timeZone });
      made.set(key, format);
    }
    return format;
  };
};
const dates = perZone({ day: "numeric", month: "short", year: "numeric" });
// timeStyle "long" names the zone ("14.05.09 WIB", "07:05:09 UTC").
const moments = perZone({ dateStyle: "medium", timeStyle: "long" });

/** An amount in rupiah: "Rp 399.000" (id), "IDR 399,000" (en). */
export function formatPrice(priceIDR: number, locale: Locale): string {
  return money(locale).format(priceIDR);
}

/** A count with the locale's grouping: "1.204" (id), "1,204" (en). */
export function formatCount(n: number, locale: Locale): string {
  return counts(locale).format(n);
}

const moment = (iso: string | null | undefined) => {
  const value = iso ? new Date(iso) : null;
  return value && !Number.isNaN(value.getTime()) ? value : null;
};

/** "12 Mar 2026" in the given time zone; null for a missing or unreadable date. */
export function formatDate(iso: string | null | undefined, locale: Locale, timeZone: string): string | null {
  const value = moment(iso);
  return value && dates(locale, timeZone).format(value);
}

/** A moment to the second with its zone: "12 Mar 2026, 14:05:09 UTC" (en), "12 Mar 2026, 21.05.09 WIB" (id). */
export function formatDateTime(iso: string | null | undefined, locale: Locale, timeZone: string): string | null {
  const value = moment(iso);
  return value && moments(locale, timeZone).format(value);
}

const percents = perLocale((locale) => new Intl.NumberFormat(locale === "id" ? "id-ID" : "en", { style: "percent", maximumFractionDigits: 0 }));
/** A share of a whole, rounded: "42%". */
export function formatPercent(fraction: number, locale: Locale): string {
  return percents(locale).format(fraction);
}

// Calendar days ("2026-03-12") name no moment, so they are formatted in UTC, where they parse.
const days = perLocale((locale) => new Intl.DateTimeFormat(locale === "id" ? "id-ID" : "en-GB", { day: "numeric", month: "short", timeZone: "UTC" }));
/** A calendar day without its year, for chart axes: "12 Aug" (en), "12 Agu" (id). */
export function formatDay(day: string, locale: Locale): string {
  return days(locale).format(new Date(`${day}T00:00:00Z`));
}

const months = perLocale((locale) => new Intl.DateTimeFormat(locale === "id" ? "id-ID" : "en-GB", { month: "short", year: "2-digit", timeZone: "UTC" }));
/** A calendar month ("2026-03"), for chart axes: "Mar 26" (en), "Mar 26" (id). */
export function formatMonth(month: string, locale: Locale): string {
  return months(locale).format(new Date(`${month}-01T00:00:00Z`));
}

/** The first prose paragraph of markdown as plain text, for summaries and meta
 *  descriptions (never for rendering). Headings, lists, tables, code and HTML are skipped. */
export function excerpt(markdown: string, max = 160): string {
  const paragraph = markdown
    .replace(/```[\s\S]*?```/g, "\n\n")
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, "")
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .find((block) => block && !/^(#|>|\||[-*+]\s|\d+[.)]\s|<|!\[|---|\*\*\*)/.test(block));
  if (!paragraph) return "";
  const text = paragraph
    .replace(/<[^>]*>/g, "")
    .replace(/!\[[^\]]*\]\([^)]*\)/g, "")
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/[*_`~]/g, "")
    .replace(/\s+/g, " ")
    .trim();
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const lastSpace = cut.lastIndexOf(" ");
  return `${(lastSpace > max * 0.6 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`;
}

const sizes = perLocale((locale) => new Intl.NumberFormat(locale === "id" ? "id-ID" : "en", { maximumFractionDigits: 1 }));
/** A file's size in the largest fitting unit (1 KB = 1024 bytes, as upload limits count): "2.4 MB" (en), "2,4 MB" (id). */
export function formatFileSize(bytes: number, locale: Locale): string {
  const [value, unit] = bytes >= 1024 * 1024 ? [bytes / (1024 * 1024), "MB"] : bytes >= 1024 ? [bytes / 1024, "KB"] : [bytes, "B"];
  return `${sizes(locale).format(value)} ${unit}`;
}
