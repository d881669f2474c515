import { cellText, toNumberOrNull } from '../../core/query/results';
import type { AxisSort } from './types';

type Row = Readonly<Record<string, unknown>>;

/** The distinct non-missing values of a column, in order of appearance. */
export function distinctValues(rows: readonly Row[], column: string): unknown[] {
  const seen = new Set<unknown>();
  for (const row of rows) {
    const value = row[column];
    if (value !== null && value !== undefined) seen.add(value);
  }
  return [...seen];
}

function compareAlpha(a: unknown, b: unknown): number {
  const x = toNumberOrNull(a);
  const y = toNumberOrNull(b);
  if (x !== null && y !== null) return x - y;
  return cellText(a).localeCompare(cellText(b), undefined, { numeric: true });
}

/**
 * An axis's values in the chosen order (Superset's `sortAxisValues`): by the values (numbers
 * numerically, text naturally), or by the sum of the metric over each value's cells.
 */
export function sortAxisValues(
  values: readonly unknown[],
  rows: readonly Row[],
  sort: AxisSort | undefined,
  column: string,
  metric: string,
): unknown[] {
  if (sort === undefined) return [...values];
  const direction = sort.endsWith('asc') ? 1 : -1;
  if (sort.startsWith('alpha')) return [...values].sort((a, b) => direction * compareAlpha(a, b));
  const totals = new Map<unknown, number>();
  for (const row of rows) {
    const value = toNumberOrNull(row[metric]);
    if (value !== null) totals.set(row[column], (totals.get(row[column]) ?? 0) + value);
  }
  return [...values].sort((a, b) => direction * ((totals.get(a) ?? 0) - (totals.get(b) ?? 0)));
}
