import type { ChartQuery } from './chart-data-queries.js';
import { asDashboardChart, DASHBOARD_TRIPS_QUERIES } from './dashboard-trips-queries.js';
import { COUNT, RAW_COLUMNS, REVENUE, timeRange } from './chart-data-queries.js';

/**
 * The design's dashboard-only shapes (performance.md §5.2-5.3), on the trips table alone:
 * the benchmark database has no rider dimension, so Q04's city x segment becomes vendor x
 * payment type and Q10's city values become the vendors of a month (with their counts, so
 * the answer has a number to check).
 */
const DASHBOARD_ONLY: readonly ChartQuery[] = [
  asDashboardChart('Q08', 'kpi', 'big number: trips and revenue, one month (Q08)'),
  {
    id: 'two-dim',
    title: 'revenue by vendor x payment type, one quarter (Q04 without the join)',
    query: {
      columns: ['vendor', 'payment_type'],
      metrics: [COUNT, REVENUE],
      filters: [timeRange('2024-10-01 : 2025-01-01')],
      orderby: [[REVENUE, false]],
      row_limit: 1_000,
    },
    apiRows: 15,
    sqlRows: 15,
    checksumColumn: 'revenue',
  },
  asDashboardChart(
    'Q02',
    'weekly-history',
    'trips and average fare by week, full history (Q02, a full scan)',
  ),
  {
    id: 'latest-1000',
    title: 'table: the latest 1,000 trips (Q13)',
    query: {
      columns: RAW_COLUMNS,
      filters: [],
      // trip_id breaks ties of pickup_ts, so every run picks the same 1,000 rows.
      orderby: [
        ['pickup_ts', false],
        ['trip_id', false],
      ],
      row_limit: 1_000,
    },
    apiRows: 1_000,
    sqlRows: 1_000,
    checksumColumn: 'total_amount',
  },
  {
    id: 'filter-values',
    title: 'filter values: the vendors of one month, with counts (Q10)',
    query: {
      columns: ['vendor'],
      metrics: [COUNT],
      filters: [timeRange('2024-12-01 : 2024-12-31')],
      orderby: [['vendor', true]],
      row_limit: 1_000,
    },
    apiRows: 3,
    sqlRows: 3,
    checksumColumn: 'count',
  },
  {
    id: 'histogram',
    title: 'histogram: trip distance in 31 buckets, one month (Q11)',
    query: {
      columns: [
        {
          expressionType: 'SQL',
          sqlExpression: 'width_bucket(distance_km, 0, 31, 31)',
          label: 'bucket',
        },
      ],
      metrics: [COUNT],
      filters: [timeRange('2024-12-01 : 2024-12-31')],
      orderby: [],
      row_limit: 10_000,
    },
    apiRows: 31,
    sqlRows: 31,
    checksumColumn: 'count',
  },
  {
    id: 'heatmap',
    title: 'heatmap: day of week x hour, 90 days (Q12)',
    query: {
      columns: [
        { expressionType: 'SQL', sqlExpression: "date_part('isodow', pickup_ts)", label: 'dow' },
        { expressionType: 'SQL', sqlExpression: "date_part('hour', pickup_ts)", label: 'hour' },
      ],
      metrics: [COUNT],
      filters: [timeRange('2024-10-02 : 2024-12-31')],
      orderby: [],
      row_limit: 10_000,
    },
    apiRows: 168,
    sqlRows: 168,
    checksumColumn: 'count',
  },
];

function byId(id: string): ChartQuery {
  const found = [...DASHBOARD_TRIPS_QUERIES, ...DASHBOARD_ONLY].find((chart) => chart.id === id);
  if (found === undefined) throw new Error(`no chart query "${id}"`);
  return found;
}

/**
 * The design's 12-chart dashboard (performance.md §5.3), in its order: twelve different
 * queries, five of them the chart scenarios' own (the raw 100k rows are not on it).
 */
export const DESIGN_DASHBOARD_QUERIES: readonly ChartQuery[] = [
  'kpi',
  'count-distinct',
  'timeseries',
  'top-n',
  'two-dim',
  'pivot',
  'weekly-history',
  'filtered',
  'latest-1000',
  'filter-values',
  'histogram',
  'heatmap',
].map(byId);

/** How many saved charts show each query on the shared-queries dashboard. */
export const CHARTS_PER_SHARED_QUERY = 5;

/**
 * The ten queries of issue 8's 50-chart dashboard: the design dashboard's less its two
 * slowest (the full-history scan and the 90-day heatmap), so a cold load stays within seconds.
 */
export const SHARED_DASHBOARD_QUERIES: readonly ChartQuery[] = DESIGN_DASHBOARD_QUERIES.filter(
  (chart) => chart.id !== 'weekly-history' && chart.id !== 'heatmap',
);

/**
 * The tiles of issue 8's dashboard: 50 saved charts over 10 queries, each query shown by
 * five charts, interleaved (q1, q2, ... q10, q1, ...) as a real dashboard scatters them.
 */
export function sharedQueryTiles(
  queries: readonly ChartQuery[] = SHARED_DASHBOARD_QUERIES,
  copies: number = CHARTS_PER_SHARED_QUERY,
): ChartQuery[] {
  return Array.from({ length: copies }, () => queries).flat();
}
