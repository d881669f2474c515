/** Prefix of a time format that shows local time instead of UTC (`local!%Y-%m-%d`). */
export const LOCAL_PREFIX = 'local!';

/** Ids of Superset's adaptive date formats. */
export const SMART_DATE_ID = 'smart_date';
export const SMART_DATE_DETAILED_ID = 'smart_date_detailed';
export const SMART_DATE_VERBOSE_ID = 'smart_date_verbose';

/** Superset's named time formats (`TimeFormats`), as d3-time-format strings. */
export const TimeFormats = {
  DATABASE_DATE: '%Y-%m-%d',
  DATABASE_DATETIME: '%Y-%m-%d %H:%M:%S',
  DATABASE_DATETIME_REVERSE: '%d-%m-%Y %H:%M:%S',
  INTERNATIONAL_DATE: '%d/%m/%Y',
  TIME: '%H:%M:%S',
  US_DATE: '%m/%d/%Y',
} as const;

const MINUTE = '%Y-%m-%d %H:%M';

/** The format that shows a time grain's values fully and no more (`TimeFormatsForGranularity`). */
export const TIME_FORMATS_FOR_GRAIN: Readonly<Record<string, string>> = {
  date: TimeFormats.DATABASE_DATE,
  PT1S: TimeFormats.DATABASE_DATETIME,
  PT1M: MINUTE,
  PT5M: MINUTE,
  PT10M: MINUTE,
  PT15M: MINUTE,
  PT30M: MINUTE,
  PT1H: '%Y-%m-%d %H:00',
  P1D: TimeFormats.DATABASE_DATE,
  P1W: TimeFormats.DATABASE_DATE,
  P1M: '%b %Y',
  P3M: '%Y Q%q',
  P1Y: '%Y',
  '1969-12-28T00:00:00Z/P1W': TimeFormats.DATABASE_DATE,
  '1969-12-29T00:00:00Z/P1W': TimeFormats.DATABASE_DATE,
  'P1W/1970-01-03T00:00:00Z': TimeFormats.DATABASE_DATE,
  'P1W/1970-01-04T00:00:00Z': TimeFormats.DATABASE_DATE,
};

/** The date format choices Explore offers (Superset's `D3_TIME_FORMAT_OPTIONS`). */
export const TIME_FORMAT_OPTIONS: readonly { value: string; label: string }[] = [
  { value: SMART_DATE_ID, label: 'Adaptive formatting' },
  { value: '%d/%m/%Y', label: '%d/%m/%Y | 14/01/2019' },
  { value: '%m/%d/%Y', label: '%m/%d/%Y | 01/14/2019' },
  { value: '%Y-%m-%d', label: '%Y-%m-%d | 2019-01-14' },
  { value: '%Y-%m-%d %H:%M:%S', label: '%Y-%m-%d %H:%M:%S | 2019-01-14 01:32:10' },
  { value: '%d-%m-%Y %H:%M:%S', label: '%d-%m-%Y %H:%M:%S | 14-01-2019 01:32:10' },
  { value: '%H:%M:%S', label: '%H:%M:%S | 01:32:10' },
];
