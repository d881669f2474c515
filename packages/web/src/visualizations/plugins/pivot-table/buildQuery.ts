import type { QueryColumn, QueryObjectInput } from '@superset-ts/shared';
import { numberValue } from '../../core/form-data';
import { getColumnLabel, uniqueByLabel } from '../../core/query/labels';
import { columnsOf, metricsOf } from '../../core/query/operators';
import type { OrderByItem } from '../../core/query/order-by';
import {
  buildBaseQueryObject,
  buildQueryContext,
  type QueryContextRequest,
} from '../../core/query/query-context';
import type { PivotTableFormData } from './types';

/** A temporal dataset column carries the chart's time grain. */
function withTimeGrain(column: QueryColumn, formData: PivotTableFormData): QueryColumn {
  const grain = formData.time_grain_sqla;
  if (typeof column !== 'string' || !grain || !formData.temporal_columns_lookup?.[column]) {
    return column;
  }
  return {
    timeGrain: grain,
    columnType: 'BASE_AXIS',
    sqlExpression: column,
    label: column,
    expressionType: 'SQL',
  };
}

/**
 * The Pivot Table's query (Superset's pivot table `buildQuery`): one query grouped by every
 * row and column dimension, with the metrics, sorted by the sort metric or the first metric.
 * The database aggregates each cell; the chart arranges the cells and computes subtotals and
 * totals from them with the chosen aggregate function, which the server's `pivot` operation
 * cannot do (it has no subtotals, and totals only of the raw records).
 */
export function buildPivotTableQuery(formData: PivotTableFormData): QueryContextRequest {
  const { extras = {}, ...base } = buildBaseQueryObject(formData);
  const { time_grain_sqla: _grain, ...queryExtras } = extras;
  const columns = uniqueByLabel(
    [...columnsOf(formData.groupbyColumns), ...columnsOf(formData.groupbyRows)],
    getColumnLabel,
  ).map((column) => withTimeGrain(column, formData));
  const metrics = metricsOf(formData.metrics);
  const isAscending = !(formData.order_desc ?? true);
  const sortMetric = formData.series_limit_metric ?? metrics[0];
  const orderby: OrderByItem[] = sortMetric ? [[sortMetric, isAscending]] : [];
  const query: QueryObjectInput = { ...base, extras: queryExtras, columns, metrics, orderby };
  const seriesLimit = numberValue(formData.series_limit);
  if (seriesLimit !== undefined && seriesLimit > 0) {
    query.series_limit = Math.floor(seriesLimit);
    // The series of a pivot are its column groups; rows alone when it has none.
    const columnLabels = new Set(columnsOf(formData.groupbyColumns).map(getColumnLabel));
    const seriesColumns = columns.filter((column) => columnLabels.has(getColumnLabel(column)));
    query.series_columns = seriesColumns.length > 0 ? seriesColumns : columns;
    if (formData.series_limit_metric) query.series_limit_metric = formData.series_limit_metric;
  }
  return buildQueryContext(formData, [query]);
}
