import { cellText } from '../../core/query/results';

/** A column the reader sorted by, and the direction. */
export interface SortState {
  key: string;
  desc: boolean;
}

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

/** Missing values first, then numbers by value, then text in natural (numeric-aware) order. */
export function compareCells(a: unknown, b: unknown): number {
  if (a === b) return 0;
  const isAMissing = a === null || a === undefined;
  const isBMissing = b === null || b === undefined;
  if (isAMissing || isBMissing) return isAMissing === isBMissing ? 0 : isAMissing ? -1 : 1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'number') return -1;
  if (typeof b === 'number') return 1;
  return collator.compare(cellText(a), cellText(b));
}

/**
 * The rows in the reader's order; a stable sort, so rows with equal values keep the server's
 * order. The rows are not copied when there is no sort.
 */
export function sortRows<R extends Record<string, unknown>>(
  rows: readonly R[],
  sort: SortState | undefined,
): readonly R[] {
  if (!sort) return rows;
  const direction = sort.desc ? -1 : 1;
  const values = rows.map((row) => row[sort.key]);
  const order = rows.map((_, index) => index);
  order.sort((i, j) => compareCells(values[i], values[j]) * direction || i - j);
  return order.map((index) => rows[index] as R);
}

/** The next sort after a click on a column header: ascending, descending, then none. */
export function nextSort(current: SortState | undefined, key: string): SortState | undefined {
  if (current?.key !== key) return { key, desc: false };
  return current.desc ? undefined : { key, desc: true };
}
