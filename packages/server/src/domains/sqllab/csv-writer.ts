import type { CellValue } from '@superset-ts/engines';

/** CSV_EXPORT's settings that shape the text: separator and decimal mark. */
export interface CsvFormat {
  separator: string;
  decimal: string;
}

// A cell a spreadsheet would read as a formula (Superset's `escape_value`).
const FORMULA_START = /^(?:"{2}|\s+)?[-@+|=%]/;

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

function dateText(value: Date): string {
  const ms = value.getUTCMilliseconds();
  return (
    `${value.getUTCFullYear()}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())} ` +
    `${pad(value.getUTCHours())}:${pad(value.getUTCMinutes())}:${pad(value.getUTCSeconds())}` +
    (ms === 0 ? '' : `.${pad(ms, 3)}`)
  );
}

function cellText(value: CellValue, format: CsvFormat): string {
  if (value === null) return '';
  if (value instanceof Date) return dateText(value);
  if (typeof value === 'number') {
    const text = String(value);
    return format.decimal === '.' ? text : text.replace('.', format.decimal);
  }
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  return FORMULA_START.test(value) ? `'${value.replace(/\|/g, '\\|')}` : value;
}

function quoted(text: string, separator: string): string {
  const needsQuotes =
    text.includes(separator) || text.includes('"') || text.includes('\n') || text.includes('\r');
  return needsQuotes ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One CSV line (with its line break) of cells or header names. */
export function csvLine(cells: readonly (CellValue | string)[], format: CsvFormat): string {
  return `${cells.map((cell) => quoted(cellText(cell, format), format.separator)).join(format.separator)}\n`;
}
