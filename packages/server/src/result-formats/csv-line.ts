import type { CellValue } from '@superset-ts/engines';

/** CSV_EXPORT's settings that shape the text: separator and decimal mark. */
export interface CsvFormat {
  separator: string;
  decimal: string;
}

/** A cell a CSV line can hold: a database value or a list (boxplot outliers). */
export type CsvCell = CellValue | readonly number[];

// Text a spreadsheet would run as a formula (Superset's `escape_value`), plus a leading tab
// or carriage return, which some spreadsheets strip before reading a formula.
const FORMULA_START = /^(?:(?:"{2}|\s+)?[-@+|=%]|[\t\r])/;
// First characters after which FORMULA_START can match: ASCII whitespace and controls
// (code <= 32), any non-ASCII (Unicode spaces), and `" - @ + | = %`.
const FORMULA_FIRST = new Set(['"', '-', '@', '+', '|', '=', '%'].map((c) => c.charCodeAt(0)));

/** `00`..`99`, so a date is written without padding each part. */
const TWO_DIGITS = Array.from({ length: 100 }, (_, n) => String(n).padStart(2, '0'));

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

function dateText(value: Date): string {
  const ms = value.getUTCMilliseconds();
  if (Number.isNaN(ms)) return 'NaN-NaN-NaN NaN:NaN:NaN.NaN';
  return (
    `${value.getUTCFullYear()}-${TWO_DIGITS[value.getUTCMonth() + 1]}-${TWO_DIGITS[value.getUTCDate()]} ` +
    `${TWO_DIGITS[value.getUTCHours()]}:${TWO_DIGITS[value.getUTCMinutes()]}:${TWO_DIGITS[value.getUTCSeconds()]}` +
    (ms === 0 ? '' : `.${pad(ms, 3)}`)
  );
}

/** Text a spreadsheet will not run: a formula-like start is prefixed with `'`, pipes escaped. */
export function defuseFormula(value: string): string {
  const first = value.charCodeAt(0);
  if (first > 32 && first < 128 && !FORMULA_FIRST.has(first)) return value;
  return FORMULA_START.test(value) ? `'${value.replace(/\|/g, '\\|')}` : value;
}

function cellText(value: CsvCell, format: CsvFormat): string {
  if (value === null) return '';
  if (typeof value === 'string') return defuseFormula(value);
  if (typeof value === 'number') {
    const text = String(value);
    return format.decimal === '.' ? text : text.replace('.', format.decimal);
  }
  if (value instanceof Date) return dateText(value);
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  return JSON.stringify(value);
}

/** The text as a CSV field: quoted (quotes doubled) when it holds the separator, a quote or a line break. */
export function quotedField(text: string, separator: string): string {
  const needsQuotes =
    text.includes(separator) || text.includes('"') || text.includes('\n') || text.includes('\r');
  return needsQuotes ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One cell as a CSV field, written as Superset writes it. */
export function csvField(cell: CsvCell, format: CsvFormat): string {
  return quotedField(cellText(cell, format), format.separator);
}

/** One CSV line (RFC 4180 quoting, with its line break) of cells or header names. */
export function csvLine(cells: readonly CsvCell[], format: CsvFormat): string {
  let line = '';
  for (let index = 0; index < cells.length; index++) {
    if (index > 0) line += format.separator;
    line += quotedField(cellText(cells[index] as CsvCell, format), format.separator);
  }
  return `${line}\n`;
}
