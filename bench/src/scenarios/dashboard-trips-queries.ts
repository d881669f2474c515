import { CHART_QUERIES } from './chart-data-queries.js';
import type { ChartQuery } from './chart-query-parts.js';
import {
  COUNT,
  DISTINCT_DRIVERS,
  DISTINCT_RIDERS,
  REVENUE,
  pivotByTime,
  timeRange,
  xAxis,
} from './chart-query-parts.js';

/** One of the design's queries under the dashboard's id for it (the same query context). */
export function asDashboardChart(designId: string, id: string, title: string): ChartQuery {
  const design = CHART_QUERIES.find((chart) => chart.id === designId);
  if (design === undefined) throw new Error(`no chart query ${designId}`);
  return { ...design, id, title };
}

/**
 * Six of the dashboard's charts on the trips table alone (the dashboard scenarios read one
 * dataset): the design's Q01, Q03 and Q06 as they are, and Q05, Q07 and Q09 on windows that
 * keep a round of concurrent cold queries within seconds on two cores (a quarter pivoted by
 * week x payment type, a month of distinct counts, 60 days filtered on trips' own columns).
 */
export const DASHBOARD_TRIPS_QUERIES: readonly ChartQuery[] = [
  asDashboardChart('Q01', 'timeseries', 'time series by day, 2 metrics, 90 days'),
  asDashboardChart('Q03', 'top-n', 'top 10 pickup zones by revenue, 30 days'),
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
  asDashboardChart('Q06', 'raw-100k', '100,000 raw rows x 12 columns'),
  {
    id: 'count-distinct',
    title: 'distinct riders and drivers by vendor, 30 days',
    query: {
      columns: ['vendor'],
      metrics: [DISTINCT_RIDERS, DISTINCT_DRIVERS],
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
