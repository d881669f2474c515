import { AppError } from '../errors/app-error.js';
import { TemplateError } from '../templating/template-error.js';
import { parseTimeRange, type TimeRangeOptions } from '../templating/time-range.js';

/** The earliest and latest moments a range may name: years 1 to 9999, as SQL dates allow. */
const EARLIEST_MS = Date.parse('0001-01-01T00:00:00.000Z') - 1;
const LATEST_MS = Date.parse('9999-12-31T23:59:59.999Z');

/** Whether a bound is a real moment that every engine can write as a date literal. */
export function isWithinDateRange(moment: Date): boolean {
  const ms = moment.getTime();
  return Number.isFinite(ms) && ms > EARLIEST_MS && ms <= LATEST_MS;
}

function outOfRange(timeRange: string): AppError {
  return new AppError(
    'TIME_RANGE_PARSE_ERROR',
    `Unexpected time range: "${timeRange.slice(0, 80)}" reaches beyond the years 1 to 9999.`,
  );
}

/**
 * A time range read as `parseTimeRange`, with unreadable text as TIME_RANGE_PARSE_ERROR (400),
 * and so are ranges whose bounds leave the years 1 to 9999 (`Last 99999999 years`), which
 * would otherwise fail later as an invalid date.
 */
export function readTimeRange(
  timeRange: string,
  now: Date,
  options: TimeRangeOptions = {},
): [Date | null, Date | null] {
  let bounds: [Date | null, Date | null];
  try {
    bounds = parseTimeRange(timeRange, now, options);
  } catch (error) {
    if (error instanceof RangeError) throw outOfRange(timeRange);
    if (!(error instanceof TemplateError)) throw error;
    throw new AppError('TIME_RANGE_PARSE_ERROR', `Unexpected time range: ${error.message}`);
  }
  if (bounds.some((bound) => bound !== null && !isWithinDateRange(bound))) {
    throw outOfRange(timeRange);
  }
  return bounds;
}
