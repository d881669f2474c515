/** A result cell as text: NULL for nulls, JSON for objects and arrays. */
export function formatCell(value: unknown): string {
  if (value === null || value === undefined) return 'NULL';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') {
    return String(value);
  }
  return JSON.stringify(value);
}

const MIN_WIDTH = 80;
const MAX_WIDTH = 360;
const CHAR_WIDTH = 8;
const SAMPLE_ROWS = 50;

/** Column widths in pixels, from the header and the first rows' text lengths. */
export function columnWidths(
  columns: readonly string[],
  rows: readonly Record<string, unknown>[],
): number[] {
  const sample = rows.slice(0, SAMPLE_ROWS);
  return columns.map((column) => {
    const longest = sample.reduce(
      (max, row) => Math.max(max, formatCell(row[column]).length),
      column.length,
    );
    return Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, longest * CHAR_WIDTH + 24));
  });
}

/** Rows as tab-separated text with a header line, as spreadsheets paste it. */
export function toTsv(
  columns: readonly string[],
  rows: readonly Record<string, unknown>[],
): string {
  const clean = (text: string) => text.replace(/[\t\n\r]+/g, ' ');
  const lines = [columns.map(clean).join('\t')];
  for (const row of rows) lines.push(columns.map((c) => clean(formatCell(row[c]))).join('\t'));
  return `${lines.join('\n')}\n`;
}
