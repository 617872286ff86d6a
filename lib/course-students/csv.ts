// CSV as spreadsheets read it (RFC 4180: CRLF lines, a field with a comma, quote or line
// break in double quotes, quotes doubled). Text a person typed that starts with = + - @ (or a
// tab or carriage return) gets a leading apostrophe, so a spreadsheet never runs it as a
// formula (CSV injection); numbers are written as they are.
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
