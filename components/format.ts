// Display formatting shared by every page, so a price or a date reads the same everywhere.

const idr = new Intl.NumberFormat("id-ID", { style: "currency", currency: "IDR", maximumFractionDigits: 0 });
const count = new Intl.NumberFormat("en");
const date = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric" });

/** "Rp 249.000", or "Free" for a zero price. */
export function formatPrice(priceIDR: number): string {
  return priceIDR === 0 ? "Free" : idr.format(priceIDR);
}

/** "12 Mar 2026"; null for a missing or unreadable date. */
export function formatDate(iso: string | null | undefined): string | null {
  if (!iso) return null;
  const value = new Date(iso);
  return Number.isNaN(value.getTime()) ? null : date.format(value);
}

/** "1 module", "1,204 students". */
export function plural(n: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count.format(n)} ${n === 1 ? singular : pluralForm}`;
}

/** Up to two initials for an avatar: "Sari Wulandari" → "SW". */
export function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const first = words[0]?.[0] ?? "";
  const last = words.length > 1 ? (words[words.length - 1]?.[0] ?? "") : "";
  return (first + last).toUpperCase() || "?";
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
