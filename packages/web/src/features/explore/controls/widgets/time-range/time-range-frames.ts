import { decodeCustomRange } from './custom-time-range';

/** The "Range type" choices of the time range editor. */
export type RangeFrame = 'Last' | 'Previous' | 'Current' | 'Custom' | 'Advanced' | 'No filter';

/** Superset's "no time filter" range. */
export const NO_FILTER = 'No filter';

/** The range types in the order the editor offers them. */
export const RANGE_FRAMES: readonly RangeFrame[] = [
  'Last',
  'Previous',
  'Current',
  'Custom',
  'Advanced',
  'No filter',
];

/** Ranges ending now: `Last week` is the 7 days before today. */
export const LAST_RANGES = ['Last day', 'Last week', 'Last month', 'Last quarter', 'Last year'];

/** Whole calendar periods before the current one. */
export const PREVIOUS_RANGES = [
  'previous calendar week',
  'previous calendar month',
  'previous calendar quarter',
  'previous calendar year',
];

/** The calendar period today is in, up to now. */
export const CURRENT_RANGES = [
  'Current day',
  'Current week',
  'Current month',
  'Current quarter',
  'Current year',
];

/**
 * The range type a stored time range belongs to (Superset's `guessFrame`): one of the named
 * ranges, a range the Custom fields can show, else Advanced.
 */
export function guessFrame(timeRange: string): RangeFrame {
  if (timeRange === NO_FILTER || timeRange.trim() === '') return 'No filter';
  if (LAST_RANGES.includes(timeRange)) return 'Last';
  if (PREVIOUS_RANGES.includes(timeRange)) return 'Previous';
  if (CURRENT_RANGES.includes(timeRange)) return 'Current';
  if (decodeCustomRange(timeRange)) return 'Custom';
  return 'Advanced';
}

const SEPARATOR = ' : ';

/** The two sides of an Advanced range (`start : end`); one side for a range without a separator. */
export function splitAdvancedRange(timeRange: string): [string, string] {
  const at = timeRange.indexOf(SEPARATOR);
  if (at === -1) return [timeRange.trim(), ''];
  return [timeRange.slice(0, at).trim(), timeRange.slice(at + SEPARATOR.length).trim()];
}

/** An Advanced range from its two sides. */
export function joinAdvancedRange(since: string, until: string): string {
  return `${since.trim()}${SEPARATOR}${until.trim()}`;
}

const endpoint = (value: string, isStart: boolean) =>
  value.replace('T00:00:00', '') || (isStart ? '-∞' : '∞');

/**
 * The "Actual time range" line of evaluated bounds (Superset's `formatTimeRange`):
 * `2024-01-01 ≤ col < 2024-02-01`, with an open side as -∞ or ∞.
 */
export function formatActualRange(since: string, until: string, column = 'col'): string {
  return `${endpoint(since, true)} ≤ ${column} < ${endpoint(until, false)}`;
}
