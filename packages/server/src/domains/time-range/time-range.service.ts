import type { TimeRangeRequest, TimeRangeResponse } from '@superset-ts/shared';
import { isoWithoutZone } from '../../query-engine/index.js';
import { readTimeRange } from '../../query-engine/time-range-errors.js';

/** Reads time ranges as charts will filter them. */
export interface TimeRangeService {
  /** Each range's bounds ("" when unbounded); TIME_RANGE_PARSE_ERROR (400) for unreadable text. */
  resolve(request: TimeRangeRequest): TimeRangeResponse;
}

/** A service reading ranges relative to `now()`. */
export function createTimeRangeService(now: () => Date): TimeRangeService {
  return {
    resolve(request) {
      const ranges = typeof request === 'string' ? [{ timeRange: request }] : request;
      const moment = now();
      return {
        result: ranges.map(({ timeRange, shift }) => {
          const [since, until] = readTimeRange(timeRange, moment, { timeShift: shift ?? null });
          return {
            since: since ? isoWithoutZone(since) : '',
            until: until ? isoWithoutZone(until) : '',
            timeRange,
            shift: shift ?? null,
          };
        }),
      };
    },
  };
}
