import type { AxisEntry } from './pivot-axis';
import { sharesPrefix, type PivotValue } from './pivot-key';

/** One cell of the column headers. */
export type ColumnHeaderCell =
  | { kind: 'value'; level: number; value: PivotValue; colSpan: number; rowSpan: 1 }
  | { kind: 'subtotal'; level: number; colSpan: 1; rowSpan: number }
  | { kind: 'total'; level: 0; colSpan: 1; rowSpan: number };

/**
 * The rows of column headers, one per column level: each header value spans the columns of
 * its group, and a subtotal's or the total's label spans down to the last header row.
 */
export function buildColumnHeaderRows(
  entries: readonly AxisEntry[],
  depth: number,
): ColumnHeaderCell[][] {
  if (depth === 0) return [[{ kind: 'total', level: 0, colSpan: 1, rowSpan: 1 }]];
  const rows: ColumnHeaderCell[][] = [];
  for (let level = 0; level < depth; level += 1) {
    const cells: ColumnHeaderCell[] = [];
    let index = 0;
    while (index < entries.length) {
      const entry = entries[index] as AxisEntry;
      if (entry.kind === 'total') {
        if (level === 0) cells.push({ kind: 'total', level: 0, colSpan: 1, rowSpan: depth });
        index += 1;
      } else if (entry.key.length < level) {
        index += 1;
      } else if (entry.kind === 'subtotal' && entry.key.length === level) {
        cells.push({ kind: 'subtotal', level, colSpan: 1, rowSpan: depth - level });
        index += 1;
      } else {
        let end = index + 1;
        while (end < entries.length) {
          const next = entries[end] as AxisEntry;
          if (next.kind === 'total' || next.key.length <= level) break;
          if (!sharesPrefix(next.key, entry.key, level + 1)) break;
          end += 1;
        }
        const value = entry.key[level] ?? null;
        cells.push({ kind: 'value', level, value, colSpan: end - index, rowSpan: 1 });
        index = end;
      }
    }
    rows.push(cells);
  }
  return rows;
}
