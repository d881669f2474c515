import type { ChartQuery } from './chart-query-parts.js';
import {
  AVG_FARE,
  COUNT,
  DISTINCT_DRIVERS,
  DISTINCT_RIDERS,
  RAW_COLUMNS,
  REVENUE,
  TRIPS,
  pivotByTime,
  timeRange,
  xAxis,
} from './chart-query-parts.js';

export type { ChartDatasetName, ChartQuery } from './chart-query-parts.js';
export {
  CHART_DATASETS,
  COUNT,
  RAW_COLUMNS,
  REVENUE,
  TRIPS,
  datasetOf,
  pivotByTime,
  timeRange,
  xAxis,
} from './chart-query-parts.js';

/**
 * The design's ten chart shapes Q01-Q10 (performance.md §5.2, SQL in Appendix A), as the
 * query contexts Superset's front end sends for them. Every expected row count holds on both
 * sizes of the dataset (1M and 10M trips: every day of the windows has trips, every city x
 * segment pair rides in Q4, Q09's premium riders of three cities ride every day).
 */
export const CHART_QUERIES: readonly ChartQuery[] = [
  {
    id: 'Q01',
    title: 'Q01 time series by day, trips and revenue, 90 days',
    query: {
      columns: [xAxis('P1D')],
      metrics: [COUNT, REVENUE],
      filters: [timeRange('2024-10-02 : 2024-12-31')],
      orderby: [],
      row_limit: 10_000,
      post_processing: pivotByTime(['count', 'revenue']),
    },
    apiRows: 90,
    sqlRows: 90,
    checksumColumn: 'revenue',
  },
  {
    id: 'Q02',
    title: 'Q02 time series by week, trips and average fare, full history (a full scan)',
    query: {
      columns: [xAxis('P1W')],
      metrics: [COUNT, AVG_FARE],
      filters: [],
      orderby: [],
      row_limit: 10_000,
      post_processing: pivotByTime(['count', 'avg_fare']),
    },
    apiRows: 106,
    sqlRows: 106,
    checksumColumn: 'count',
  },
  {
    id: 'Q03',
    title: 'Q03 top 10 pickup zones by revenue, 30 days',
    query: {
      columns: ['pickup_zone'],
      metrics: [REVENUE],
      filters: [timeRange('2024-12-01 : 2024-12-31')],
      orderby: [[REVENUE, false]],
      row_limit: 10,
    },
    apiRows: 10,
    sqlRows: 10,
    checksumColumn: 'revenue',
  },
  {
    id: 'Q04',
    title: 'Q04 trips joined to riders, revenue by city x segment, one quarter',
    dataset: 'trips_riders',
    query: {
      columns: ['city', 'segment'],
      metrics: [TRIPS, REVENUE],
      filters: [timeRange('2024-10-01 : 2025-01-01')],
      orderby: [[REVENUE, false]],
      row_limit: 1_000,
    },
    apiRows: 250,
    sqlRows: 250,
    checksumColumn: 'revenue',
  },
  {
    id: 'Q05',
    title: 'Q05 pivot month x payment type, revenue and trips, 2024 (pivoted server-side)',
    query: {
      columns: [xAxis('P1M'), 'payment_type'],
      metrics: [REVENUE, TRIPS],
      filters: [timeRange('2024-01-01 : 2025-01-01')],
      orderby: [],
      row_limit: 10_000,
      post_processing: pivotByTime(['revenue', 'trips'], ['payment_type']),
    },
    apiRows: 12,
    sqlRows: 60,
    checksumColumn: 'revenue',
  },
  {
    id: 'Q06',
    title: 'Q06 100,000 raw rows x 12 columns',
    query: {
      columns: RAW_COLUMNS,
      filters: [timeRange('2024-06-01 : 2025-01-01')],
      orderby: [['pickup_ts', true]],
      row_limit: 100_000,
    },
    apiRows: 100_000,
    sqlRows: 100_000,
    checksumColumn: 'total_amount',
  },
  {
    id: 'Q07',
    title: 'Q07 distinct riders and drivers by vendor, second half of 2024',
    query: {
      columns: ['vendor'],
      metrics: [DISTINCT_RIDERS, DISTINCT_DRIVERS],
      filters: [timeRange('2024-07-01 : 2025-01-01')],
      orderby: [['vendor', true]],
      row_limit: 10_000,
    },
    apiRows: 3,
    sqlRows: 3,
    checksumColumn: 'riders',
  },
  {
    id: 'Q08',
    title: 'Q08 big number: trips and revenue, one month',
    query: {
      columns: [],
      metrics: [TRIPS, REVENUE],
      filters: [timeRange('2024-12-01 : 2024-12-31')],
      orderby: [],
      row_limit: 10_000,
    },
    apiRows: 1,
    sqlRows: 1,
    checksumColumn: 'revenue',
  },
  {
    id: 'Q09',
    title: 'Q09 trips of premium riders in 3 cities by day, 60 days (join + dimension filters)',
    dataset: 'trips_riders',
    query: {
      columns: [xAxis('P1D')],
      metrics: [TRIPS],
      filters: [
        timeRange('2024-11-01 : 2024-12-31'),
        { col: 'is_premium', op: 'IS TRUE' },
        { col: 'city', op: 'IN', val: ['city_01', 'city_02', 'city_03'] },
      ],
      orderby: [],
      row_limit: 10_000,
      post_processing: pivotByTime(['trips']),
    },
    apiRows: 60,
    sqlRows: 60,
    checksumColumn: 'trips',
  },
  {
    id: 'Q10',
    title: 'Q10 filter values: the 50 cities of the rider dimension, with their riders',
    dataset: 'dim_rider',
    query: {
      columns: ['city'],
      metrics: [COUNT],
      filters: [],
      orderby: [['city', true]],
      row_limit: 1_000,
    },
    apiRows: 50,
    sqlRows: 50,
    checksumColumn: 'count',
  },
];

/** The request body of one chart query: `result_type` full (the data) or query (the SQL). */
export function queryContext(
  datasetId: number,
  chart: ChartQuery,
  options: { force: boolean; resultType: 'full' | 'query' },
): Record<string, unknown> {
  return {
    datasource: { id: datasetId, type: 'table' },
    force: options.force,
    queries: [chart.query],
    result_format: 'json',
    result_type: options.resultType,
  };
}

/** The most variants `chartVariant` makes: one per second of a range's last hour. */
export const MAX_CHART_VARIANTS = 3600;

/**
 * The `index`-th variant of a chart query, for clients that must not share one execution:
 * the time range ends `index` seconds later (`T00:mm:ss`). Every range ends after the last
 * trip (2024-12-30 23:59:57), so the rows and the cost are the chart's own, while the SQL and
 * the cache key differ, so the product runs each (in-flight identical requests are
 * coalesced, as Superset does not). A chart without a time range (Q02, Q10) gets a row
 * limit `index` higher instead: it answers fewer rows than its limit, so again the same rows.
 */
export function chartVariant(chart: ChartQuery, index: number): ChartQuery {
  if (!Number.isInteger(index) || index < 0 || index >= MAX_CHART_VARIANTS) {
    throw new RangeError(
      `a variant index is a whole number from 0 to ${MAX_CHART_VARIANTS - 1}, got ${index}`,
    );
  }
  const filters = chart.query.filters ?? [];
  if (!filters.some((filter) => filter.op === 'TEMPORAL_RANGE'))
    return withHigherLimit(chart, index);
  const varied = filters.map((filter) => {
    if (filter.op !== 'TEMPORAL_RANGE' || typeof filter.val !== 'string') return filter;
    const [start, end] = filter.val.split(' : ');
    if (end === undefined || !/^\d{4}-\d{2}-\d{2}$/.test(end)) {
      throw new Error(`${chart.id}: cannot vary the time range "${filter.val}"`);
    }
    return { ...filter, val: `${start} : ${end}T${secondsAfterMidnight(index)}` };
  });
  return { ...chart, query: { ...chart.query, filters: varied } };
}

/** `00:mm:ss` of `index` seconds after midnight (index < 3600). */
export function secondsAfterMidnight(index: number): string {
  const two = (value: number) => String(value).padStart(2, '0');
  return `00:${two(Math.floor(index / 60))}:${two(index % 60)}`;
}

function withHigherLimit(chart: ChartQuery, index: number): ChartQuery {
  const limit = chart.query.row_limit;
  if (typeof limit !== 'number' || Math.max(chart.sqlRows, chart.apiRows) >= limit) {
    throw new Error(`${chart.id}: no time range to vary, and a row limit that cuts its rows`);
  }
  return { ...chart, query: { ...chart.query, row_limit: limit + index } };
}
