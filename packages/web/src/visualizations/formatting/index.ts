export { formatDuration, type DurationOptions } from './duration';
export { NUMBER_FORMAT_ALIASES, NUMBER_FORMAT_OPTIONS, NumberFormats } from './number-formats';
export {
  DEFAULT_NUMBER_LOCALE,
  formatNumber,
  getNumberFormatter,
  setNumberFormatLocale,
  type NumberFormatter,
} from './number-formatter';
export {
  LOCAL_PREFIX,
  SMART_DATE_DETAILED_ID,
  SMART_DATE_ID,
  SMART_DATE_VERBOSE_ID,
  TIME_FORMAT_OPTIONS,
  TIME_FORMATS_FOR_GRAIN,
  TimeFormats,
} from './time-formats';
export {
  DEFAULT_TIME_LOCALE,
  formatTime,
  getTimeFormatter,
  getTimeFormatterForGranularity,
  setTimeFormatLocale,
  type TimeFormatter,
} from './time-formatter';
