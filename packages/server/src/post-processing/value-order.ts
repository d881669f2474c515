import type { FrameCell } from './data-frame.js';
import { isMissing } from './data-frame.js';

function rankOfType(value: FrameCell): number {
  if (typeof value === 'boolean') return 0;
  if (typeof value === 'number') return 1;
  if (value instanceof Date) return 2;
  if (typeof value === 'string') return 3;
  return 4;
}

/**
 * Orders two present values as pandas sorts a column: numbers by value, dates by time, text
 * by code point, false before true. Mixed types (which pandas refuses) are kept apart by type.
 */
export function compareValues(a: FrameCell, b: FrameCell): number {
  const typeOrder = rankOfType(a) - rankOfType(b);
  if (typeOrder !== 0) return typeOrder;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (a instanceof Date && b instanceof Date) return a.getTime() - b.getTime();
  if (typeof a === 'boolean' && typeof b === 'boolean') return Number(a) - Number(b);
  const left = String(a);
  const right = String(b);
  return left < right ? -1 : left > right ? 1 : 0;
}

/** Orders values with missing ones last whatever the direction (pandas' `na_position="last"`). */
export function compareForSort(
  a: FrameCell | undefined,
  b: FrameCell | undefined,
  ascending: boolean,
): number {
  const aMissing = isMissing(a);
  const bMissing = isMissing(b);
  if (aMissing || bMissing) return aMissing === bMissing ? 0 : aMissing ? 1 : -1;
  const order = compareValues(a as FrameCell, b as FrameCell);
  return ascending ? order : -order;
}

/** A key that identifies a combination of values (for grouping). */
export function groupKey(values: readonly (FrameCell | undefined)[]): string {
  return JSON.stringify(
    values.map((value) => (value instanceof Date ? { d: value.getTime() } : (value ?? null))),
  );
}

/** Orders tuples of values element by element (pandas sorts a grouped index this way). */
export function compareTuples(a: readonly FrameCell[], b: readonly FrameCell[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i += 1) {
    const order = compareForSort(a[i], b[i], true);
    if (order !== 0) return order;
  }
  return a.length - b.length;
}
