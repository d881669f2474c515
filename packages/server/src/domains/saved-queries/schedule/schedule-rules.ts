/**
 * The cross-field rules SCHEDULED_QUERIES.VALIDATION may name, as Superset's schedule form
 * runs them: each compares two fields of `schedule_info`. Dates compare as instants, numbers
 * as numbers, anything else as text.
 */

type Comparable = string | number;

function comparable(value: unknown): Comparable | null {
  if (typeof value === 'number') return value;
  if (typeof value !== 'string') return null;
  const instant = Date.parse(value);
  return /^\d{4}-\d{2}-\d{2}/.test(value) && !Number.isNaN(instant) ? instant : value;
}

function compare(a: unknown, b: unknown, holds: (x: Comparable, y: Comparable) => boolean) {
  const x = comparable(a);
  const y = comparable(b);
  if (x === null || y === null) return true;
  return typeof x === typeof y ? holds(x, y) : holds(String(a), String(b));
}

/** Rule name → whether `(first, second)` satisfies it. A missing field is left to `required`. */
export const SCHEDULE_RULES: Readonly<
  Record<string, (first: unknown, second: unknown) => boolean>
> = {
  less_equal: (first, second) => compare(first, second, (x, y) => x <= y),
  greater_equal: (first, second) => compare(first, second, (x, y) => x >= y),
};
