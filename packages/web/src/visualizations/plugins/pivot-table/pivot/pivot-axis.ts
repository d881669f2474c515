import { sharesPrefix, type PivotKey } from './pivot-key';

/**
 * One row (or column) of the drawn pivot: a full header path, a subtotal of the paths under
 * a prefix, or the grand total. `key` is what the cell values are looked up with.
 */
export type AxisEntry =
  | { kind: 'key'; key: PivotKey }
  | { kind: 'subtotal'; key: PivotKey }
  | { kind: 'total'; key: PivotKey };

/** Which totals an axis shows. */
export interface AxisOptions {
  /** The number of header levels. */
  depth: number;
  showSubtotals: boolean;
  /** Subtotals before their group (top / left) rather than after it. */
  subtotalsFirst: boolean;
  showTotal: boolean;
}

/**
 * The entries of one axis in drawing order: the sorted paths, a subtotal for every group of
 * every level but the last (before or after the group), and the total last. An axis without
 * levels is its total alone, as react-pivottable draws it.
 */
export function buildAxis(keys: readonly PivotKey[], options: AxisOptions): AxisEntry[] {
  const { depth } = options;
  if (depth === 0) return [{ kind: 'total', key: [] }];
  const entries: AxisEntry[] = [];
  const subtotalLevels = options.showSubtotals ? depth - 1 : 0;
  let previous: PivotKey | undefined;
  keys.forEach((key, index) => {
    if (options.subtotalsFirst) {
      for (let length = 1; length <= subtotalLevels; length += 1) {
        if (!previous || !sharesPrefix(previous, key, length)) {
          entries.push({ kind: 'subtotal', key: key.slice(0, length) });
        }
      }
    }
    entries.push({ kind: 'key', key });
    if (!options.subtotalsFirst) {
      const next = keys[index + 1];
      for (let length = subtotalLevels; length >= 1; length -= 1) {
        if (!next || !sharesPrefix(next, key, length)) {
          entries.push({ kind: 'subtotal', key: key.slice(0, length) });
        }
      }
    }
    previous = key;
  });
  if (options.showTotal) entries.push({ kind: 'total', key: [] });
  return entries;
}

/**
 * Whether the header value at `level` starts a new group at this entry: the entry before it
 * does not share the path up to that level. A subtotal only has header values above its own
 * level.
 */
export function startsGroup(entries: readonly AxisEntry[], index: number, level: number): boolean {
  const entry = entries[index];
  const before = entries[index - 1];
  if (!entry || entry.key.length <= level) return false;
  if (!before || before.kind === 'total' || before.key.length <= level) return true;
  return !sharesPrefix(before.key, entry.key, level + 1);
}
