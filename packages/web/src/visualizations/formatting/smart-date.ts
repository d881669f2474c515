import type { TimeLocaleObject } from 'd3-time-format';
import { SMART_DATE_DETAILED_ID, SMART_DATE_ID, SMART_DATE_VERBOSE_ID } from './time-formats';

/** The format used for a time, by the finest unit the time sets. */
interface FormatsByStep {
  millisecond: string;
  second: string;
  minute: string;
  hour: string;
  day: string;
  week: string;
  month: string;
  year: string;
}

/** The formats of Superset's adaptive date formatters, by id. */
export const SMART_DATE_FORMATS: Readonly<Record<string, FormatsByStep>> = {
  [SMART_DATE_ID]: {
    millisecond: '.%Lms',
    second: ':%Ss',
    minute: '%I:%M',
    hour: '%I %p',
    day: '%a %d',
    week: '%b %d',
    month: '%B',
    year: '%Y',
  },
  [SMART_DATE_VERBOSE_ID]: {
    millisecond: '.%L',
    second: '%a %b %d %Y, %I:%M:%S %p',
    minute: '%a %b %d %Y, %I:%M %p',
    hour: '%a %b %d %Y, %I %p',
    day: '%a %b %-e %Y',
    week: '%a %b %-e %Y',
    month: '%b %Y',
    year: '%Y',
  },
  [SMART_DATE_DETAILED_ID]: {
    millisecond: '%Y-%m-%d %H:%M:%S.%L',
    second: '%Y-%m-%d %H:%M:%S',
    minute: '%Y-%m-%d %H:%M',
    hour: '%Y-%m-%d %H:%M',
    day: '%Y-%m-%d',
    week: '%Y-%m-%d',
    month: '%Y-%m-%d',
    year: '%Y',
  },
};

/** The calendar fields of a time, in UTC or local time. */
function fieldsOf(date: Date, useLocalTime: boolean) {
  return useLocalTime
    ? [
        date.getMilliseconds(),
        date.getSeconds(),
        date.getMinutes(),
        date.getHours(),
        date.getDate(),
        date.getDay(),
        date.getMonth(),
      ]
    : [
        date.getUTCMilliseconds(),
        date.getUTCSeconds(),
        date.getUTCMinutes(),
        date.getUTCHours(),
        date.getUTCDate(),
        date.getUTCDay(),
        date.getUTCMonth(),
      ];
}

/**
 * A formatter that picks its format from the finest unit a time sets (Superset's
 * `createMultiFormatter`): a time at midnight on the 1st of a month shows only the month.
 */
export function createSmartDateFormat(
  locale: TimeLocaleObject,
  formats: FormatsByStep,
  useLocalTime: boolean,
): (date: Date) => string {
  const make = (specifier: string) =>
    useLocalTime ? locale.format(specifier) : locale.utcFormat(specifier);
  const f = {
    millisecond: make(formats.millisecond),
    second: make(formats.second),
    minute: make(formats.minute),
    hour: make(formats.hour),
    day: make(formats.day),
    week: make(formats.week),
    month: make(formats.month),
    year: make(formats.year),
  };
  return (date) => {
    const [ms, seconds, minutes, hours, dayOfMonth, weekday, month] = fieldsOf(date, useLocalTime);
    if (ms !== 0) return f.millisecond(date);
    if (seconds !== 0) return f.second(date);
    if (minutes !== 0) return f.minute(date);
    if (hours !== 0) return f.hour(date);
    if (dayOfMonth !== 1) return weekday !== 0 ? f.day(date) : f.week(date);
    if (month !== 0) return f.month(date);
    return f.year(date);
  };
}
