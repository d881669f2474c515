import { compareCells } from '../../table/sort-rows';

/** One value of a pivot dimension (or the name of a metric, for the metric level). */
export type PivotValue = string | number | boolean | null;

/** The values of a row or column header path, outermost first. */
export type PivotKey = readonly PivotValue[];

/** A cell's value as read from the result: a dimension value, or null when missing. */
export function toPivotValue(value: unknown): PivotValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
    return value;
  }
  return JSON.stringify(value);
}

const SEPARATOR = '\u0001';

function encode(value: PivotValue): string {
  if (value === null) return '\u0000';
  return `${typeof value}:${String(value)}`;
}

/** A map key for a header path; values of different types never collide (`1` vs `"1"`). */
export function flatKey(key: PivotKey): string {
  let flat = '';
  for (const value of key) flat += encode(value) + SEPARATOR;
  return flat;
}

/** The flat keys of every prefix of a path, from the empty prefix to the whole path. */
export function prefixKeys(key: PivotKey): string[] {
  const keys = [''];
  let flat = '';
  for (const value of key) {
    flat += encode(value) + SEPARATOR;
    keys.push(flat);
  }
  return keys;
}

/** Natural order of dimension values: missing first, numbers by value, text numeric-aware. */
export const comparePivotValues = (a: PivotValue, b: PivotValue): number => compareCells(a, b);

/** Whether two paths share their first `length` values. */
export function sharesPrefix(a: PivotKey, b: PivotKey, length: number): boolean {
  for (let i = 0; i < length; i += 1) if (a[i] !== b[i]) return false;
  return a.length >= length && b.length >= length;
}
