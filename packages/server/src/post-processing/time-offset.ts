import { AppError } from '../errors/app-error.js';

/** A parsed relative offset such as "1 year ago": signed amount of one unit. */
export interface TimeOffset {
  amount: number;
  unit: 'second' | 'minute' | 'hour' | 'day' | 'week' | 'month' | 'quarter' | 'year';
}

const UNITS: readonly TimeOffset['unit'][] = [
  'second',
  'minute',
  'hour',
  'day',
  'week',
  'month',
  'quarter',
  'year',
];

/**
 * Parses Superset's human time deltas: "1 year ago", "52 weeks ago", "28 days ago", "1 day",
 * "3 months later". "ago" makes it negative. Anything else (including "inherit" and date
 * ranges, which need the query's time range) is refused.
 */
export function parseTimeOffset(text: string): TimeOffset {
  const match = /^\s*(\d+(?:\.\d+)?)\s+([a-z]+?)s?\s*(ago|later|after|before)?\s*$/i.exec(text);
  const unit = match?.[2]?.toLowerCase() as TimeOffset['unit'] | undefined;
  if (!match || !unit || !UNITS.includes(unit)) {
    throw new AppError(
      'INVALID_POST_PROCESSING_ERROR',
      `Time offset "${text}" is not understood; write it like "1 year ago", "52 weeks ago" or "1 day ago".`,
    );
  }
  const direction = (match[3] ?? '').toLowerCase();
  const sign = direction === 'ago' || direction === 'before' ? -1 : 1;
  return { amount: sign * Number(match[1]), unit };
}

function addMonthsClamped(date: Date, months: number): Date {
  const target = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, 1));
  const lastDay = new Date(
    Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0),
  ).getUTCDate();
  target.setUTCDate(Math.min(date.getUTCDate(), lastDay));
  target.setUTCHours(
    date.getUTCHours(),
    date.getUTCMinutes(),
    date.getUTCSeconds(),
    date.getUTCMilliseconds(),
  );
  return target;
}

const FIXED_MS: Readonly<Partial<Record<TimeOffset['unit'], number>>> = {
  second: 1_000,
  minute: 60_000,
  hour: 3_600_000,
  day: 86_400_000,
  week: 604_800_000,
};

/**
 * The date moved by an offset as written: `shiftDate(d, "1 year ago")` is a year before `d`.
 * Months and years keep the day of month, clamped to the month's end (Mar 31 -> Feb 28), as
 * dateutil's relativedelta. `direction: -1` applies the offset the other way.
 */
export function shiftDate(date: Date, offset: string | TimeOffset, direction: 1 | -1 = 1): Date {
  const parsed = typeof offset === 'string' ? parseTimeOffset(offset) : offset;
  const amount = parsed.amount * direction;
  const fixed = FIXED_MS[parsed.unit];
  if (fixed !== undefined) return new Date(date.getTime() + amount * fixed);
  const months =
    parsed.unit === 'month' ? amount : parsed.unit === 'quarter' ? amount * 3 : amount * 12;
  return addMonthsClamped(date, months);
}
