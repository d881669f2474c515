import { addTime, lastDayOf, timeUnitOf, truncateTime, type TimeUnit } from './time-arithmetic.js';
import { evaluateTimeExpression, parseDateTimeText } from './time-expression.js';
import { TemplateError } from './template-error.js';

/** Superset's "no time filter" range. */
export const NO_TIME_RANGE = 'No filter';

/** How `Last ...`/`Next ...` ranges and relative words are anchored: midnight or this moment. */
export type RelativeAnchor = 'today' | 'now';

/** Options of `parseTimeRange`, as a query object's `extras` and `time_shift` give them. */
export interface TimeRangeOptions {
  /** Base of relative phrases (`last 2 weeks`, `this month`); by default `now` for seconds, minutes and hours, else `today`. */
  relativeStart?: RelativeAnchor;
  /** End appended to a `Last ...` range without a separator; by default as `relativeStart`. */
  relativeEnd?: RelativeAnchor;
  /** Moves both bounds back (`1 year ago`), or replaces them (`<start> : <end>`). */
  timeShift?: string | null;
}

const SEPARATOR = ' : ';
const GRANULAR_UNITS: ReadonlySet<TimeUnit> = new Set(['second', 'minute', 'hour']);
const UNITS = '(second|minute|hour|day|week|month|quarter|year)';
const SHORTHAND = new RegExp(`^(?:last|next)\\s+(?:\\d+\\s*)?${UNITS}s?$`, 'i');
const SCOPED = new RegExp(`^(this|last|next|prior)\\s+(\\d+)?\\s*${UNITS}s?$`, 'i');
const START_OR_END_OF = new RegExp(
  `^(start of|beginning of|end of)\\s+(this|last|next|prior)\\s+(\\d+)?\\s*${UNITS}s?$`,
  'i',
);
const PREVIOUS_CALENDAR = /^previous calendar (week|month|quarter|year)$/i;
const CURRENT_PERIOD = /^current (day|week|month|quarter|year)$/i;
const SHIFT = /^(\d+)\s+([a-z]+?)s?(?:\s+(ago|later|from now))?$/i;

/**
 * The start and end of a Superset time range, in UTC, as `get_since_until` reads it:
 * `No filter`, `Last week`, `Last 3 months`, `Next 2 days`, `previous calendar month`,
 * `Current year`, or `start : end` where each side is a date, a relative phrase
 * (`this month`, `last 2 weeks`, `start of next year`), or a DATEADD/DATETRUNC/LASTDAY
 * expression (an empty side is unbounded). "today" is midnight UTC.
 *
 * @throws TemplateError when the range cannot be read or starts after it ends.
 */
export function parseTimeRange(
  timeRange: string,
  now: Date,
  options: TimeRangeOptions = {},
): [Date | null, Date | null] {
  if (timeRange.trim() === NO_TIME_RANGE) return [null, null];
  const today = truncateTime(now, 'day');
  let bounds = wholePeriod(timeRange.trim(), today) ?? boundsOf(timeRange, now, options);
  if (options.timeShift) bounds = shifted(bounds, options.timeShift, now);
  const [since, until] = bounds;
  if (since !== null && until !== null && since > until) {
    throw new TemplateError('render', 'From date cannot be larger than to date.');
  }
  return bounds;
}

function boundsOf(text: string, now: Date, options: TimeRangeOptions): [Date | null, Date | null] {
  let range = text.trimStart();
  if (!range.includes(SEPARATOR) && /^last/i.test(range)) {
    range = `${range.trimEnd()}${SEPARATOR}${options.relativeEnd ?? defaultAnchor(range.trim())}`;
  }
  if (!range.includes(SEPARATOR) && /^next/i.test(range)) {
    range = `${options.relativeStart ?? defaultAnchor(range.trim())}${SEPARATOR}${range.trimEnd()}`;
  }
  const separatorAt = range.indexOf(SEPARATOR);
  if (separatorAt === -1) {
    throw new TemplateError(
      'render',
      `could not read the time range "${text.slice(0, 80)}": use "start : end", "Last week" or "No filter".`,
    );
  }
  return [
    boundOf(range.slice(0, separatorAt), now, options.relativeStart),
    boundOf(range.slice(separatorAt + SEPARATOR.length), now, options.relativeStart),
  ];
}

function wholePeriod(text: string, today: Date): [Date, Date] | null {
  const previous = PREVIOUS_CALENDAR.exec(text);
  const current = CURRENT_PERIOD.exec(text);
  const unit = timeUnitOf((previous ?? current)?.[1] ?? '');
  if (unit === null) return null;
  const start = truncateTime(today, unit);
  return previous ? [addTime(start, -1, unit), start] : [start, addTime(start, 1, unit)];
}

/** `now` for `Last 3 hours`, `today` for `Last week`, as Superset's shorthand bound. */
function defaultAnchor(range: string): RelativeAnchor {
  const unit = timeUnitOf(SHORTHAND.exec(range)?.[1] ?? '');
  return unit !== null && GRANULAR_UNITS.has(unit) ? 'now' : 'today';
}

function anchorDate(anchor: RelativeAnchor, now: Date): Date {
  return anchor === 'now' ? new Date(now.getTime()) : truncateTime(now, 'day');
}

function boundOf(part: string, now: Date, relativeStart: RelativeAnchor | undefined): Date | null {
  const text = part.trim();
  if (text === '') return null;
  const startOrEnd = START_OR_END_OF.exec(text);
  if (startOrEnd) {
    const unit = asUnit(startOrEnd[4]);
    const base = scoped(startOrEnd[2], startOrEnd[3], unit, now, relativeStart);
    return /^end/i.test(startOrEnd[1] ?? '') ? lastDayOf(base, unit) : truncateTime(base, unit);
  }
  const scope = SCOPED.exec(text);
  if (scope) return scoped(scope[1], scope[2], asUnit(scope[3]), now, relativeStart);
  return evaluateTimeExpression(text, now);
}

function scoped(
  scope: string | undefined,
  amount: string | undefined,
  unit: TimeUnit,
  now: Date,
  relativeStart: RelativeAnchor | undefined,
): Date {
  const anchor = relativeStart ?? (GRANULAR_UNITS.has(unit) ? 'now' : 'today');
  const base = anchorDate(anchor, now);
  const delta = amount === undefined ? 1 : Number(amount);
  const word = scope?.toLowerCase();
  if (word === 'this') return base;
  return addTime(base, word === 'next' ? delta : -delta, unit);
}

/** Superset's `time_shift`: `N units [ago]` moves both bounds back; `a : b` replaces them. */
function shifted(
  [since, until]: [Date | null, Date | null],
  shift: string,
  now: Date,
): [Date | null, Date | null] {
  if (shift.includes(SEPARATOR)) {
    const [start = '', end = ''] = shift.split(SEPARATOR, 2);
    return [parseDateTimeText(start, now), parseDateTimeText(end, now)];
  }
  const match = SHIFT.exec(shift.trim());
  const unit = match ? timeUnitOf(match[2] ?? '') : null;
  if (!match || unit === null) {
    throw new TemplateError(
      'render',
      `could not read the time shift "${shift.slice(0, 80)}": use e.g. "1 year ago".`,
    );
  }
  const isForward = match[3] !== undefined && match[3].toLowerCase() !== 'ago';
  const amount = Number(match[1]) * (isForward ? 1 : -1);
  return [since && addTime(since, amount, unit), until && addTime(until, amount, unit)];
}

function asUnit(word: string | undefined): TimeUnit {
  return timeUnitOf(word ?? '') ?? 'day';
}
