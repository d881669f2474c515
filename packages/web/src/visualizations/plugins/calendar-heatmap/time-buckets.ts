import type { DomainGranularity, SubdomainGranularity } from './types';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Units from smallest to largest, to compare a domain with its subdomain. */
const UNIT_ORDER = ['min', 'hour', 'day', 'week', 'month', 'year'] as const;

/** The most cells one calendar may hold before the chart refuses to draw it. */
export const MAX_CELLS_PER_DOMAIN = 1440;

/** Whether a subdomain is a smaller unit than its domain (Superset's requirement). */
export function isSmallerUnit(subdomain: SubdomainGranularity, domain: DomainGranularity): boolean {
  return UNIT_ORDER.indexOf(subdomain) < UNIT_ORDER.indexOf(domain);
}

/** The start of the domain holding a time (UTC; weeks start on Sunday). */
export function domainStart(time: number, domain: DomainGranularity): number {
  const date = new Date(time);
  switch (domain) {
    case 'hour':
      return Math.floor(time / HOUR) * HOUR;
    case 'day':
      return Math.floor(time / DAY) * DAY;
    case 'week': {
      const day = Math.floor(time / DAY) * DAY;
      return day - date.getUTCDay() * DAY;
    }
    case 'month':
      return Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1);
    case 'year':
      return Date.UTC(date.getUTCFullYear(), 0, 1);
  }
}

/** The start of the domain after the one starting at `start`. */
export function nextDomainStart(start: number, domain: DomainGranularity): number {
  const date = new Date(start);
  switch (domain) {
    case 'hour':
      return start + HOUR;
    case 'day':
      return start + DAY;
    case 'week':
      return start + 7 * DAY;
    case 'month':
      return Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1);
    case 'year':
      return Date.UTC(date.getUTCFullYear() + 1, 0, 1);
  }
}

/** Every domain start from the one holding `from` to the one holding `to`. */
export function domainStarts(from: number, to: number, domain: DomainGranularity): number[] {
  const starts: number[] = [];
  for (let start = domainStart(from, domain); start <= to; start = nextDomainStart(start, domain)) {
    starts.push(start);
  }
  return starts;
}

const FIXED_SUBDOMAIN_MS: Partial<Record<SubdomainGranularity, number>> = {
  min: MINUTE,
  hour: HOUR,
  day: DAY,
};

/** How many cells of the subdomain the longest domain holds (a leap year, a 31-day month). */
export function cellsPerDomain(domain: DomainGranularity, subdomain: SubdomainGranularity): number {
  const longest: Record<DomainGranularity, number> = {
    hour: HOUR,
    day: DAY,
    week: 7 * DAY,
    month: 31 * DAY,
    year: 366 * DAY,
  };
  const fixed = FIXED_SUBDOMAIN_MS[subdomain];
  if (fixed !== undefined) return longest[domain] / fixed;
  if (subdomain === 'week') return domain === 'month' ? 6 : 54;
  return 12;
}

/** The weekday (0 Sunday) of the first day of the domain starting at `start`. */
const firstWeekday = (start: number) => new Date(start).getUTCDay();

/** The cell of a time within its domain, counted from 0. */
export function cellIndex(
  time: number,
  domain: DomainGranularity,
  subdomain: SubdomainGranularity,
): number {
  const start = domainStart(time, domain);
  const fixed = FIXED_SUBDOMAIN_MS[subdomain];
  if (fixed !== undefined) return Math.floor((time - start) / fixed);
  if (subdomain === 'week') {
    return Math.floor((Math.floor((time - start) / DAY) + firstWeekday(start)) / 7);
  }
  return new Date(time).getUTCMonth();
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const pad = (value: number) => String(value).padStart(2, '0');

/** The label of a cell position along a domain (`14:05`, `Tue`, `W3`, `Mar`, ...). */
export function cellLabel(
  index: number,
  domain: DomainGranularity,
  subdomain: SubdomainGranularity,
): string {
  switch (subdomain) {
    case 'min':
      return domain === 'hour'
        ? `:${pad(index)}`
        : `${pad(Math.floor(index / 60) % 24)}:${pad(index % 60)}`;
    case 'hour':
      if (domain === 'week') return `${WEEKDAYS[Math.floor(index / 24)] ?? ''} ${pad(index % 24)}h`;
      if (domain === 'month' || domain === 'year')
        return `${Math.floor(index / 24) + 1}d ${pad(index % 24)}h`;
      return `${pad(index)}h`;
    case 'day':
      return domain === 'week' ? (WEEKDAYS[index] ?? '') : String(index + 1);
    case 'week':
      return `W${index + 1}`;
    case 'month':
      return MONTHS[index] ?? '';
  }
}

/** A day as ECharts' calendar reads it, `YYYY-MM-DD`, from a UTC time. */
export function dayKey(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

/** How many week columns a calendar of days from `start` (inclusive) to `end` (exclusive) spans. */
export function weekColumns(start: number, end: number): number {
  return Math.ceil((firstWeekday(start) + Math.round((end - start) / DAY)) / 7);
}
