import type { QueryObject } from '@superset-ts/shared';
import { AppError } from '../errors/app-error.js';
import { parseDateTimeText } from '../templating/time-expression.js';
import type { TimeRangeOptions } from '../templating/time-range.js';
import { isWithinDateRange, readTimeRange } from './time-range-errors.js';

/** A time range's bounds; null is unbounded. */
export type TimeBounds = readonly [from: Date | null, to: Date | null];

const MS_PER_DAY = 86_400_000;

/** How a query's ranges are read: its `extras.relative_start/end` and `time_shift`. */
export function timeRangeOptionsOf(query: QueryObject): TimeRangeOptions {
  return {
    ...(query.extras.relative_start ? { relativeStart: query.extras.relative_start } : {}),
    ...(query.extras.relative_end ? { relativeEnd: query.extras.relative_end } : {}),
    timeShift: query.time_shift ?? null,
  };
}

/** The bounds of a query's `time_range` (Superset's `from_dttm`/`to_dttm`); unbounded without one. */
export function queryTimeBounds(query: QueryObject, now: Date): TimeBounds {
  if (!query.time_range) return [null, null];
  return readTimeRange(query.time_range, now, timeRangeOptionsOf(query));
}

/** A query moved to a time offset, and the range of the query it compares with. */
export interface OffsetQuery {
  /** The query with `time_range` and TEMPORAL_RANGE filters set to the shifted range, and no offsets or post-processing. */
  query: QueryObject;
  /** The original range: the series limit ranks series over it (Superset's `inner_from_dttm`). */
  innerRange: TimeBounds;
}

/**
 * A query object for one of its `time_offsets`, as Superset's `processing_time_offsets`:
 * `"1 year ago"` moves both bounds back, `"inherit"` moves them back by the range's own
 * length in days, and `"<start> : <end>"` replaces them. The query must have both bounds.
 *
 * @throws AppError QUERY_OBJECT_VALIDATION_ERROR without an enclosed range, TIME_RANGE_PARSE_ERROR for an unreadable offset.
 */
export function timeOffsetRange(query: QueryObject, offset: string, now: Date): OffsetQuery {
  const [from, to] = queryTimeBounds(query, now);
  if (from === null || to === null) {
    throw new AppError(
      'QUERY_OBJECT_VALIDATION_ERROR',
      'An enclosed time range (both start and end) must be specified when using a Time Comparison.',
    );
  }
  const [shiftedFrom, shiftedTo] = shiftedBounds([from, to], offset, now);
  const range = `${isoWithoutZone(shiftedFrom)} : ${isoWithoutZone(shiftedTo)}`;
  return {
    query: {
      ...query,
      time_range: range,
      time_shift: null,
      filters: query.filters.map((filter) =>
        filter.op === 'TEMPORAL_RANGE' ? { ...filter, val: range } : filter,
      ),
      time_offsets: [],
      post_processing: [],
    },
    innerRange: [from, to],
  };
}

function shiftedBounds([from, to]: [Date, Date], offset: string, now: Date): [Date, Date] {
  const text = offset.trim();
  if (text.includes(' : ')) {
    const [start = '', end = ''] = text.split(' : ', 2);
    return [parse(start, now), parse(end, now)];
  }
  const shift =
    text.toLowerCase() === 'inherit'
      ? `${Math.floor((to.getTime() - from.getTime()) / MS_PER_DAY)} days ago`
      : text;
  const [shiftedFrom, shiftedTo] = readTimeRange(
    `${isoWithoutZone(from)} : ${isoWithoutZone(to)}`,
    now,
    { timeShift: shift },
  );
  return [shiftedFrom ?? from, shiftedTo ?? to];
}

function parse(text: string, now: Date): Date {
  let moment: Date | null = null;
  try {
    moment = parseDateTimeText(text, now);
  } catch {
    // Reported below with the offset's text.
  }
  if (moment === null || !isWithinDateRange(moment)) {
    throw new AppError('TIME_RANGE_PARSE_ERROR', `Unexpected time offset: ${text.slice(0, 80)}`);
  }
  return moment;
}

/** `2024-01-01T00:00:00`: ISO text without a zone, as Superset's `isoformat()` of a naive time. */
export function isoWithoutZone(moment: Date): string {
  const iso = moment.toISOString();
  return moment.getUTCMilliseconds() === 0 ? iso.slice(0, 19) : `${iso.slice(0, 23)}000`;
}
