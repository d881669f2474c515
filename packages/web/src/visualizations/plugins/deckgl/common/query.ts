import type { QueryColumn, QueryMetric, QueryObjectInput } from '@superset-ts/shared';
import type { ChartFormData } from '../../../core/form-data';
import { getColumnLabel, getMetricLabel, uniqueByLabel } from '../../../core/query/labels';
import { buildBaseQueryObject } from '../../../core/query/query-context';

/** What a deck.gl layer queries. */
export interface DeckQueryParts {
  /** The columns each row carries (locations, category, line data). */
  columns: readonly (QueryColumn | undefined)[];
  /** Metrics aggregate the rows by the columns; none reads the rows as they are. */
  metrics?: readonly (QueryMetric | null | undefined)[];
  /** Columns whose null rows are dropped when `filter_nulls` is on (locations, lines). */
  locationColumns: readonly QueryColumn[];
}

/** Whether rows without a location are left out (`filter_nulls`, on unless turned off). */
const isFilteringNulls = (formData: ChartFormData) => formData.filter_nulls !== false;

/**
 * The query object of a deck.gl layer (Superset's deck.gl buildQuery): the columns, the
 * metrics (largest first) when there are any, else the raw rows, and `IS NOT NULL` filters on
 * the location columns; never a time series.
 */
export function buildDeckQueryObject(
  formData: ChartFormData,
  { columns, metrics = [], locationColumns }: DeckQueryParts,
): QueryObjectInput {
  const base = buildBaseQueryObject(formData);
  const queryColumns = uniqueByLabel(
    columns.filter((column): column is QueryColumn => column !== undefined),
    getColumnLabel,
  );
  const queryMetrics = uniqueByLabel(
    metrics.filter((metric): metric is QueryMetric => metric !== undefined && metric !== null),
    getMetricLabel,
  );
  const nullFilters = isFilteringNulls(formData)
    ? uniqueByLabel([...locationColumns], getColumnLabel).map((col) => ({
        col,
        op: 'IS NOT NULL' as const,
      }))
    : [];
  const [firstMetric] = queryMetrics;
  return {
    ...base,
    columns: queryColumns,
    ...(firstMetric ? { metrics: queryMetrics, orderby: [[firstMetric, false]] } : {}),
    filters: [...(base.filters ?? []), ...nullFilters],
    is_timeseries: false,
  };
}
