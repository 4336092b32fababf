/**
 * The one CSV writer of every export: RFC 4180 (every cell quoted, quotes doubled, CRLF line ends,
 * line breaks kept inside the quotes), UTF-8 with a byte-order mark so that Excel reads Indonesian
 * text right, and text a spreadsheet would run as a formula (a leading = + - @, tab or carriage
 * return) prefixed with an apostrophe. Numbers are written as they are: -2 is a number, not a formula.
 */
export type CsvValue = string | number | bigint | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return '""';
  if (typeof value !== "string") return `"${String(value)}"`;
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return `"${safe.replace(/"/g, '""')}"`;
}

export function csvDocument(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  const line = (cells: readonly CsvValue[]) => cells.map(csvCell).join(",");
  return "\uFEFF" + [line(header), ...rows.map(line)].join("\r\n") + "\r\n";
}
