/** Calendar units of Superset's time-range language. */
export type TimeUnit = 'second' | 'minute' | 'hour' | 'day' | 'week' | 'month' | 'quarter' | 'year';

/** The units, for matching text. */
const TIME_UNITS: readonly TimeUnit[] = [
  'second',
  'minute',
  'hour',
  'day',
  'week',
  'month',
  'quarter',
  'year',
];

const FIXED_MS: Partial<Record<TimeUnit, number>> = {
  second: 1_000,
  minute: 60_000,
  hour: 3_600_000,
  day: 86_400_000,
  week: 7 * 86_400_000,
};

/** The unit a word names (`Days`, `week`), or null. */
export function timeUnitOf(word: string): TimeUnit | null {
  const singular = word.toLowerCase().replace(/s$/, '');
  return TIME_UNITS.find((unit) => unit === singular) ?? null;
}

/**
 * `date` moved by `amount` units, in UTC. Months, quarters and years keep the day of the
 * month where it exists and otherwise stop at the month's last day (as `relativedelta`).
 */
export function addTime(date: Date, amount: number, unit: TimeUnit): Date {
  const fixed = FIXED_MS[unit];
  if (fixed !== undefined) return new Date(date.getTime() + amount * fixed);
  const months = amount * (unit === 'year' ? 12 : unit === 'quarter' ? 3 : 1);
  const target = new Date(date.getTime());
  const day = target.getUTCDate();
  target.setUTCDate(1);
  target.setUTCMonth(target.getUTCMonth() + months);
  target.setUTCDate(Math.min(day, daysInMonth(target)));
  return target;
}

/** The start of the unit `date` falls in, in UTC; weeks start on Monday. */
export function truncateTime(date: Date, unit: TimeUnit): Date {
  const [year, month, day] = [date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()];
  switch (unit) {
    case 'year':
      return new Date(Date.UTC(year, 0, 1));
    case 'quarter':
      return new Date(Date.UTC(year, month - (month % 3), 1));
    case 'month':
      return new Date(Date.UTC(year, month, 1));
    case 'week':
      return new Date(Date.UTC(year, month, day - ((date.getUTCDay() + 6) % 7)));
    case 'day':
      return new Date(Date.UTC(year, month, day));
    case 'hour':
    case 'minute':
    case 'second': {
      const size = FIXED_MS[unit] ?? 1;
      return new Date(Math.floor(date.getTime() / size) * size);
    }
  }
}

/** The last day of the year, month or week `date` falls in, at midnight (Superset's LASTDAY). */
export function lastDayOf(date: Date, unit: TimeUnit): Date {
  switch (unit) {
    case 'year':
      return new Date(Date.UTC(date.getUTCFullYear(), 11, 31));
    case 'month':
      return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), daysInMonth(date)));
    case 'quarter':
    case 'week':
    case 'day':
    case 'hour':
    case 'minute':
    case 'second':
      return addTime(truncateTime(date, 'week'), 6, 'day');
  }
}

function daysInMonth(date: Date): number {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)).getUTCDate();
}
