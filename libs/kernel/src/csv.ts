/**
 * A cell a spreadsheet would read as a formula: `=`, `+`, `-`, `@`, or a tab or carriage return
 * before one (OWASP "CSV injection"). A column header such as `=HYPERLINK("https://…"&B2,"Fix row")`
 * came back live in an import's error report.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
/** A plain number, e.g. a negative amount read as text from a bigint column: never a formula. */
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

/**
 * One CSV field (RFC 4180): text a spreadsheet would run is prefixed with an apostrophe, which it
 * shows as text; quoted when it holds a comma, quote or line break. Numbers, and text that is a
 * plain number, are written as they are (a negative amount is not a formula). null and undefined
 * are empty.
 */
export function csvField(value: unknown): string {
  if (value === null || value === undefined) return '';
  const raw = String(value);
  const text = FORMULA_START.test(raw) && !PLAIN_NUMBER.test(raw) ? `'${raw}` : raw;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The fields of one CSV record, comma-separated, without the line break. */
export function csvRecord(values: readonly unknown[]): string {
  return values.map(csvField).join(',');
}
