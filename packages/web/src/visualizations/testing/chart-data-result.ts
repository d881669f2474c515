import type { ChartDataResult } from '@superset-ts/shared';

/** A successful chart data result with these columns and rows, as the server answers. */
export function chartDataResult(
  colnames: string[],
  coltypes: number[],
  data: Record<string, unknown>[],
  overrides: Partial<ChartDataResult> = {},
): ChartDataResult {
  return {
    cache_key: 'key',
    cached_dttm: null,
    cache_timeout: 300,
    error: null,
    is_cached: false,
    query: 'SELECT 1',
    status: 'success',
    stacktrace: null,
    rowcount: data.length,
    data,
    colnames,
    coltypes,
    applied_filters: [],
    rejected_filters: [],
    from_dttm: null,
    to_dttm: null,
    ...overrides,
  };
}

/** Midnight UTC of a day, in epoch milliseconds (how the server sends times). */
export const day = (isoDate: string) => Date.parse(`${isoDate}T00:00:00Z`);
