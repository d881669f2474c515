import type { FrameCell, FrameRow } from './data-frame.js';
import { isMissing } from './data-frame.js';
import { compareTuples, groupKey } from './value-order.js';

/** Rows sharing the same values of the grouping columns. */
export interface RowGroup {
  keys: FrameCell[];
  rows: FrameRow[];
}

/**
 * pandas' `groupby(columns)` with its defaults: rows with a missing key are left out
 * (`dropna=True`) and groups come sorted by their keys (`sort=True`).
 */
export function groupRows(rows: readonly FrameRow[], columns: readonly string[]): RowGroup[] {
  const groups = new Map<string, RowGroup>();
  for (const row of rows) {
    const keys = columns.map((column) => row[column] ?? null);
    if (keys.some((key) => isMissing(key))) continue;
    const id = groupKey(keys);
    const group = groups.get(id);
    if (group) group.rows.push(row);
    else groups.set(id, { keys, rows: [row] });
  }
  return [...groups.values()].sort((a, b) => compareTuples(a.keys, b.keys));
}
