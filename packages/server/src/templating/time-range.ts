import { addTime, timeUnitOf, truncateTime, type TimeUnit } from './time-arithmetic.js';
import { evaluateTimeExpression } from './time-expression.js';
import { TemplateError } from './template-error.js';

/** Superset's "no time filter" range. */
export const NO_TIME_RANGE = 'No filter';

const SEPARATOR = ' : ';
const LAST_PERIOD = /^last\s+(day|week|month|quarter|year)$/i;
const LAST_N = /^last\s+(\d+)\s+(second|minute|hour|day|week|month|year)s?$/i;
const NEXT_N = /^next\s+(\d+)\s+(second|minute|hour|day|week|month|year)s?$/i;
const PREVIOUS_CALENDAR = /^previous calendar (week|month|quarter|year)$/i;
const CURRENT_PERIOD = /^current (day|week|month|quarter|year)$/i;

/**
 * The start and end of a Superset time range, in UTC, as `get_since_until` reads it:
 * `No filter`, `Last week`, `Last 3 months`, `Next 2 days`, `previous calendar month`,
 * `Current year`, or `start : end` where each side is a date, a relative phrase or a
 * DATEADD/DATETRUNC expression (an empty side is unbounded). "today" is midnight UTC.
 *
 * @throws TemplateError when the range cannot be read or starts after it ends.
 */
export function parseTimeRange(timeRange: string, now: Date): [Date | null, Date | null] {
  const text = timeRange;
  if (text.trim() === NO_TIME_RANGE) return [null, null];
  const today = truncateTime(now, 'day');
  const whole = wholePeriod(text.trim(), today);
  if (whole !== null) return whole;

  let range = text;
  if (!range.includes(SEPARATOR) && /^last/i.test(range)) range = `${range}${SEPARATOR}today`;
  if (!range.includes(SEPARATOR) && /^next/i.test(range)) range = `today${SEPARATOR}${range}`;
  const separatorAt = range.indexOf(SEPARATOR);
  if (separatorAt === -1) {
    throw new TemplateError(
      'render',
      `could not read the time range "${text.slice(0, 80)}": use "start : end", "Last week" or "No filter".`,
    );
  }
  const since = boundOf(range.slice(0, separatorAt), today, now);
  const until = boundOf(range.slice(separatorAt + SEPARATOR.length), today, now);
  if (since !== null && until !== null && since > until) {
    throw new TemplateError('render', 'From date cannot be larger than to date.');
  }
  return [since, until];
}

function wholePeriod(text: string, today: Date): [Date, Date] | null {
  const previous = PREVIOUS_CALENDAR.exec(text);
  const current = CURRENT_PERIOD.exec(text);
  const unit = timeUnitOf((previous ?? current)?.[1] ?? '');
  if (unit === null) return null;
  const start = truncateTime(today, unit);
  return previous ? [addTime(start, -1, unit), start] : [start, addTime(start, 1, unit)];
}

function boundOf(part: string, today: Date, now: Date): Date | null {
  const text = part.trim();
  if (text === '') return null;
  const last = LAST_PERIOD.exec(text);
  if (last) return addTime(today, -1, unit(last[1]));
  const lastN = LAST_N.exec(text);
  if (lastN) return addTime(today, -Number(lastN[1]), unit(lastN[2]));
  const nextN = NEXT_N.exec(text);
  if (nextN) return addTime(today, Number(nextN[1]), unit(nextN[2]));
  return evaluateTimeExpression(text, now);
}

function unit(word: string | undefined): TimeUnit {
  return timeUnitOf(word ?? '') ?? 'day';
}
