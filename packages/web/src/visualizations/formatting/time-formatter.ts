import { timeFormatLocale, type TimeLocaleDefinition, type TimeLocaleObject } from 'd3-time-format';
import { createSmartDateFormat, SMART_DATE_FORMATS } from './smart-date';
import { LOCAL_PREFIX, SMART_DATE_ID, TIME_FORMATS_FOR_GRAIN } from './time-formats';

/** Formats a time (a Date or epoch milliseconds) for display. */
export interface TimeFormatter {
  (value: Date | number | null | undefined): string;
  /** The format it was asked for. */
  readonly id: string;
  /** Whether it shows local time rather than UTC. */
  readonly useLocalTime: boolean;
}

/** d3's en-US time locale, which Superset uses unless `D3_TIME_FORMAT` overrides it. */
export const DEFAULT_TIME_LOCALE: TimeLocaleDefinition = {
  dateTime: '%x, %X',
  date: '%-m/%-d/%Y',
  time: '%-I:%M:%S %p',
  periods: ['AM', 'PM'],
  days: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
  shortDays: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'],
  months: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
  shortMonths: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
};

let locale: TimeLocaleObject = timeFormatLocale(DEFAULT_TIME_LOCALE);
const cache = new Map<string, TimeFormatter>();

function createFormatter(
  id: string,
  useLocalTime: boolean,
  format: (date: Date) => string,
): TimeFormatter {
  const formatter = (value: Date | number | null | undefined): string => {
    if (value === null || value === undefined) return `${value}`;
    const date = value instanceof Date ? value : new Date(value);
    return Number.isNaN(date.getTime()) ? String(value) : format(date);
  };
  return Object.assign(formatter, { id, useLocalTime });
}

/**
 * The formatter of a time format, cached by format: `smart_date` (the default),
 * `smart_date_verbose`, `smart_date_detailed`, or a d3-time-format string. Times show in UTC
 * unless the format starts with `local!`, as in Superset.
 */
export function getTimeFormatter(format?: string | null): TimeFormatter {
  const id =
    format === null || format === undefined || format.trim() === '' ? SMART_DATE_ID : format.trim();
  const cached = cache.get(id);
  if (cached) return cached;
  const useLocalTime = id.startsWith(LOCAL_PREFIX);
  const specifier = useLocalTime ? id.slice(LOCAL_PREFIX.length) : id;
  const smart = SMART_DATE_FORMATS[specifier];
  const formatDate = smart
    ? createSmartDateFormat(locale, smart, useLocalTime)
    : useLocalTime
      ? locale.format(specifier)
      : locale.utcFormat(specifier);
  const formatter = createFormatter(id, useLocalTime, formatDate);
  cache.set(id, formatter);
  return formatter;
}

/** A time in the given format (see `getTimeFormatter`). */
export function formatTime(
  format: string | null | undefined,
  value: Date | number | null | undefined,
): string {
  return getTimeFormatter(format)(value);
}

/** The formatter that shows values of a time grain (`P1M` -> `Jan 2024`), or smart dates. */
export function getTimeFormatterForGranularity(grain?: string | null): TimeFormatter {
  return getTimeFormatter((grain && TIME_FORMATS_FOR_GRAIN[grain]) || SMART_DATE_ID);
}

/** Uses another d3 time locale (Superset's `D3_TIME_FORMAT`) and forgets the formatters made so far. */
export function setTimeFormatLocale(definition: Partial<TimeLocaleDefinition>): void {
  locale = timeFormatLocale({ ...DEFAULT_TIME_LOCALE, ...definition });
  cache.clear();
}
