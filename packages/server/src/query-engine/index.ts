/**
 * The query engine: a chart's question (a query object) to SQL, pure and without I/O.
 *
 * - `buildChartQuery(input)`: the SQL of one query object for a dataset and an engine's
 *   dialect, with output labels, applied/rejected filters and the time range's bounds.
 *   The caller renders Jinja first: the virtual dataset's SQL, and the query's free SQL
 *   with `renderQueryTemplates(query, render)`.
 * - `usesFreeTextSql(query, dataset?)`: whether the query carries typed SQL (the chart data
 *   API then requires SQL Lab access).
 * - `timeOffsetRange(query, offset, now)`: the query shifted to one of its `time_offsets`,
 *   with the original range to pass as `innerRange`.
 * - `queryTimeBounds(query, now)`: the bounds of a query's `time_range`.
 * - `databaseTimeOptions(extra)`: `timeRangeEndpoints` and `pythonDateFormatByColumn` from
 *   a database's `extra`.
 */
export {
  buildChartQuery,
  type BuildChartQueryInput,
  type BuiltChartQuery,
} from './build-chart-query.js';
export type { ChartQueryKind } from './query-kind.js';
export type { QueryDataset, QueryDatasetColumn, QueryDatasetMetric } from './query-dataset.js';
export { usesFreeTextSql, renderQueryTemplates, type RenderSql } from './free-text-sql.js';
export {
  timeOffsetRange,
  queryTimeBounds,
  isoWithoutZone,
  type OffsetQuery,
  type TimeBounds,
} from './query-time-range.js';
export { databaseTimeOptions, type DatabaseTimeOptions } from './database-time-options.js';
export type { TimeRangeEndpoint } from './time-filter.js';
export { DTTM_ALIAS, metricLabel, columnLabel } from './labels.js';
