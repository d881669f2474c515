import type { QueryObjectInput } from '@superset-ts/shared';

/**
 * The product datasets a chart query can read (see chart-data-product.ts): the physical
 * trips table, a virtual dataset of the trips joined to their riders, the rider dimension.
 */
export const CHART_DATASETS = ['trips', 'trips_riders', 'dim_rider'] as const;
export type ChartDatasetName = (typeof CHART_DATASETS)[number];

/**
 * One typical chart query, as Superset's front end would send it to
 * `POST /api/v1/chart/data`, with what a correct answer looks like.
 */
export interface ChartQuery {
  /** Short id for metric names and logs. */
  readonly id: string;
  readonly title: string;
  /** The dataset it reads; `trips` when absent. */
  readonly dataset?: ChartDatasetName;
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
/** `COUNT(*)` labelled `trips`, as the design's SQL names it (performance.md Appendix A). */
export const TRIPS = { expressionType: 'SQL', sqlExpression: 'COUNT(*)', label: 'trips' } as const;
/** `SUM(total_amount)` labelled `revenue`. */
export const REVENUE = {
  expressionType: 'SIMPLE',
  aggregate: 'SUM',
  column: { column_name: 'total_amount' },
  label: 'revenue',
} as const;

/** `AVG(fare_amount)` labelled `avg_fare`. */
export const AVG_FARE = {
  expressionType: 'SIMPLE',
  aggregate: 'AVG',
  column: { column_name: 'fare_amount' },
  label: 'avg_fare',
} as const;
/** `COUNT(DISTINCT rider_id)` labelled `riders`. */
export const DISTINCT_RIDERS = {
  expressionType: 'SIMPLE',
  aggregate: 'COUNT_DISTINCT',
  column: { column_name: 'rider_id' },
  label: 'riders',
} as const;
/** `COUNT(DISTINCT driver_id)` labelled `drivers`. */
export const DISTINCT_DRIVERS = {
  expressionType: 'SIMPLE',
  aggregate: 'COUNT_DISTINCT',
  column: { column_name: 'driver_id' },
  label: 'drivers',
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

/** The dataset a chart query reads. */
export function datasetOf(chart: ChartQuery): ChartDatasetName {
  return chart.dataset ?? 'trips';
}
