// CSV as spreadsheets read it (RFC 4180: CRLF lines, a field with a comma, quote or line
// break in double quotes, quotes doubled). Text a person typed that starts with = + - @ (or a
// tab or carriage return) gets a leading apostrophe, so a spreadsheet never runs it as a
// formula (CSV injection); numbers are written as they are.
import { z } from "zod";

export type CsvValue = string | number | null;

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

export function csvCell(value: CsvValue): string {
  if (value === null) return "";
  if (typeof value === "number") return String(value);
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** A byte-order mark first, so spreadsheet programs read the file as UTF-8 (names with accents). */
export const toCsv = (rows: readonly (readonly CsvValue[])[]) => `\uFEFF${rows.map((row) => row.map(csvCell).join(",")).join("\r\n")}\r\n`;

/** The answer carrying an export as a download. */
export const csvResponse = ({ csv, fileName }: { csv: string; fileName: string }) =>
  new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${fileName}"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });

/** An API client asks for CSV with `format=csv`, or with an Accept header naming text/csv when no format is given. */
export const wantsCsv = (req: Request, format?: string) => format === "csv" || (format === undefined && /\btext\/csv\b/i.test(req.headers.get("accept") ?? ""));

/** A dated file name, e.g. "invoices-2026-11-24.csv". */
export const csvFileName = (stem: string, now = new Date()) => `${stem}-${now.toISOString().slice(0, 10)}.csv`;

/** The `format` query parameter of a list that also exports CSV. */
export const ZCsvFormat = z
  .enum(["json", "csv"])
  .optional()
  .meta({ description: "csv answers with a text/csv attachment of every matching row (no paging); so does an Accept header asking for text/csv" });
