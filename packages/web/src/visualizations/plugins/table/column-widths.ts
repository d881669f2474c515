import type { TableColumn } from './types';

const CHAR_WIDTH = 7.5;
const CELL_PADDING = 24;
/** Room for the sort icon beside a header's label. */
const HEADER_EXTRA = 24;
const MIN_WIDTH = 64;
const MAX_WIDTH = 360;
/** Rows looked at to guess a column's width; enough to be typical, few enough to be instant. */
const SAMPLE_SIZE = 200;

function estimateWidth(column: TableColumn, sample: readonly Record<string, unknown>[]): number {
  let longest = column.label.length * CHAR_WIDTH + HEADER_EXTRA;
  for (const row of sample) {
    longest = Math.max(longest, column.format(row[column.key]).length * CHAR_WIDTH);
  }
  return Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, Math.ceil(longest + CELL_PADDING)));
}

/**
 * Fixed column widths for a virtualised table, whose rows come and go while scrolling and so
 * cannot size the columns themselves: a configured width, else a guess from the header and the
 * first rows. Columns without a configured width share what is left of `availableWidth`.
 */
export function computeColumnWidths(
  columns: readonly TableColumn[],
  rows: readonly Record<string, unknown>[],
  availableWidth: number,
): number[] {
  const sample = rows.slice(0, SAMPLE_SIZE);
  const widths = columns.map((column) => column.width ?? estimateWidth(column, sample));
  const total = widths.reduce((sum, width) => sum + width, 0);
  const flexible = columns.filter((column) => column.width === undefined).length;
  if (total >= availableWidth || flexible === 0) return widths;
  const extra = Math.floor((availableWidth - total) / flexible);
  return widths.map((width, index) =>
    columns[index]?.width === undefined ? width + extra : width,
  );
}
