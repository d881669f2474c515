import type { QueryObjectInput } from '@superset-ts/shared';

/**
 * One typical chart query over the trips dataset, as Superset's front end would send it to
 * `POST /api/v1/chart/data`, with what a correct answer looks like.
 */
export interface ChartQuery {
  /** Short id for metric names and logs. */
  readonly id: string;
  readonly title: string;
  readonly query: QueryObjectInput;
  /** Rows of the API's answer (after post-processing). */
  readonly apiRows: number;
  /** Rows the SQL itself returns (before post-processing). */
  readonly sqlRows: number;
  /**
   * The checksum: the sum of this SQL column over the driver's rows equals the sum of every
   * API column whose name starts with it (a pivot spreads it over several columns).
   */
  readonly checksumColumn: string;
}

/** `COUNT(*)` labelled `count`. */
export const COUNT = { expressionType: 'SQL', sqlExpression: 'COUNT(*)', label: 'count' } as const;
/** `SUM(total_amount)` labelled `revenue`. */
export const REVENUE = {
  expressionType: 'SIMPLE',
  aggregate: 'SUM',
  column: { column_name: 'total_amount' },
  label: 'revenue',
} as const;

/** The time range filter on `pickup_ts`, e.g. `2024-12-01 : 2024-12-31`. */
export function timeRange(range: string) {
  return { col: 'pickup_ts', op: 'TEMPORAL_RANGE', val: range } as const;
}

/** The x-axis column: `pickup_ts` truncated to `timeGrain`. */
export function xAxis(timeGrain: string) {
  return {
    expressionType: 'SQL',
    sqlExpression: 'pickup_ts',
    label: 'pickup_ts',
    columnType: 'BASE_AXIS',
    timeGrain,
  } as const;
}

/** The ECharts time series' post-processing: one column per metric (and series), by time. */
export function pivotByTime(metrics: readonly string[], columns: readonly string[] = []) {
  return [
    {
      operation: 'pivot',
      options: {
        index: ['pickup_ts'],
        columns: [...columns],
        aggregates: Object.fromEntries(metrics.map((name) => [name, { operator: 'mean' }])),
        drop_missing_columns: false,
      },
    },
    { operation: 'flatten' },
  ];
}

/** The twelve columns of the raw-rows queries (Q06, Q13). */
export const RAW_COLUMNS = [
  'trip_id',
  'pickup_ts',
  'dropoff_ts',
  'rider_id',
  'vendor',
  'pickup_zone',
  'dropoff_zone',
  'passenger_count',
  'distance_km',
  'fare_amount',
  'tip_amount',
  'total_amount',
];

/**
 * The six chart queries of the issue, sized after the design's Q01, Q03, Q05, Q06, Q07 and
 * Q09 (performance.md §5.2) on windows that keep a round of 32 concurrent cold queries
 * within seconds on two cores: 90 days by day, 30 days top 10, a quarter pivoted by week x
 * payment type, 100,000 raw rows, a month of distinct counts, 60 filtered days.
 */
export const CHART_QUERIES: readonly ChartQuery[] = [
  {
    id: 'timeseries',
    title: 'time series by day, 2 metrics, 90 days',
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
    id: 'top-n',
    title: 'top 10 pickup zones by revenue, 30 days',
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
    id: 'pivot',
    title: 'pivot week x payment type, 2 metrics, one quarter',
    query: {
      columns: [xAxis('P1W'), 'payment_type'],
      metrics: [COUNT, REVENUE],
      filters: [timeRange('2024-10-01 : 2025-01-01')],
      orderby: [],
      row_limit: 10_000,
      post_processing: pivotByTime(['count', 'revenue'], ['payment_type']),
    },
    apiRows: 14,
    sqlRows: 70,
    checksumColumn: 'revenue',
  },
  {
    id: 'raw-100k',
    title: '100,000 raw rows x 12 columns',
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
    id: 'count-distinct',
    title: 'distinct riders and drivers by vendor, 30 days',
    query: {
      columns: ['vendor'],
      metrics: [
        {
          expressionType: 'SIMPLE',
          aggregate: 'COUNT_DISTINCT',
          column: { column_name: 'rider_id' },
          label: 'riders',
        },
        {
          expressionType: 'SIMPLE',
          aggregate: 'COUNT_DISTINCT',
          column: { column_name: 'driver_id' },
          label: 'drivers',
        },
      ],
      filters: [timeRange('2024-12-01 : 2024-12-31')],
      orderby: [['vendor', true]],
      row_limit: 10_000,
    },
    apiRows: 3,
    sqlRows: 3,
    checksumColumn: 'riders',
  },
  {
    id: 'filtered',
    title: 'time series by day, 60 days, vendor and passenger filters',
    query: {
      columns: [xAxis('P1D')],
      metrics: [COUNT, REVENUE],
      filters: [
        timeRange('2024-11-01 : 2024-12-31'),
        { col: 'vendor', op: 'IN', val: ['A', 'B'] },
        { col: 'passenger_count', op: '>=', val: 2 },
      ],
      orderby: [],
      row_limit: 10_000,
      post_processing: pivotByTime(['count', 'revenue']),
    },
    apiRows: 60,
    sqlRows: 60,
    checksumColumn: 'revenue',
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

/**
 * The `index`-th variant of a chart query, for clients that must not share one execution:
 * the time range ends `index` seconds later. Every range ends after the last trip
 * (2024-12-30 23:59:57), so the rows and the cost are the chart's own, while the SQL and
 * the cache key differ, so the product runs each (in-flight identical requests are
 * coalesced, as Superset does not).
 */
export function chartVariant(chart: ChartQuery, index: number): ChartQuery {
  if (!Number.isInteger(index) || index < 0 || index > 59) {
    throw new RangeError(`a variant index is a whole number from 0 to 59, got ${index}`);
  }
  const filters = (chart.query.filters ?? []).map((filter) => {
    if (filter.op !== 'TEMPORAL_RANGE' || typeof filter.val !== 'string') return filter;
    const [start, end] = filter.val.split(' : ');
    if (end === undefined || !/^\d{4}-\d{2}-\d{2}$/.test(end)) {
      throw new Error(`${chart.id}: cannot vary the time range "${filter.val}"`);
    }
    return { ...filter, val: `${start} : ${end}T00:00:${String(index).padStart(2, '0')}` };
  });
  return { ...chart, query: { ...chart.query, filters } };
}
