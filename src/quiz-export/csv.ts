/**
 * CSV as spreadsheets read it (RFC 4180): fields with a comma, quote, line break or
 * edge space are quoted, quotes doubled, rows end in CRLF. Text is never trusted: a
 * student's answer such as `=HYPERLINK(…)` would run as a formula in a spreadsheet, so a
 * field that starts like a formula (and is not a plain number) gets a leading apostrophe.
 */
export type CsvValue = string | number | boolean | null | undefined;

/** Byte-order mark: without it Excel opens UTF-8 Korean text as mojibake. */
export const CSV_BOM = '\uFEFF';

const PLAIN_NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  const text = FORMULA_START.test(value) && !PLAIN_NUMBER.test(value) ? `'${value}` : value;
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  return [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
