import type { QueryObject } from '@superset-ts/shared';
import type { QueryDataset } from './query-dataset.js';

/** What to build: the chart's query, raw samples, drill-to-detail rows, or a row count. */
export type ChartQueryKind = 'full' | 'samples' | 'drill_detail' | 'rowcount';

/**
 * The query a kind runs, as Superset's `query_actions`: samples and drill to detail select
 * every dataset column, without metrics, ordering, time series or post-processing; samples
 * also drop the time range of the granularity (filters stay).
 */
export function queryForKind(
  query: QueryObject,
  dataset: QueryDataset,
  kind: ChartQueryKind,
): QueryObject {
  if (kind === 'full' || kind === 'rowcount') return query;
  return {
    ...query,
    columns: dataset.columns.map((column) => column.column_name),
    metrics: null,
    orderby: [],
    is_timeseries: false,
    post_processing: [],
    series_limit: 0,
    series_columns: [],
    ...(kind === 'samples' ? { time_range: null } : {}),
  };
}
