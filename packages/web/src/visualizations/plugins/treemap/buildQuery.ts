import type { QueryColumn, QueryMetric } from '@superset-ts/shared';
import type { OrderByItem } from '../../core/query/order-by';
import { orderByMetric } from '../../core/query/metric-query';
import { columnsOf, metricsOf } from '../../core/query/operators';
import {
  buildBaseQueryObject,
  buildQueryContext,
  type QueryContextRequest,
} from '../../core/query/query-context';
import type { ChartFormData } from '../../core/form-data';
import { numberValue } from '../../core/form-data';

/**
 * The ordering of a hierarchy chart's query (Superset's Treemap `buildQuery`): the metric
 * descending when sorting by it, then each dimension ascending so siblings stay together;
 * none without a row limit, as there is nothing to cut.
 */
export function hierarchyOrderBy(
  formData: ChartFormData,
  metric: QueryMetric | undefined,
  columns: readonly QueryColumn[],
): OrderByItem[] {
  const rowLimit = numberValue(formData.row_limit);
  if (rowLimit === undefined || rowLimit === 0) return [];
  const byMetric = orderByMetric(metric, Boolean(formData.sort_by_metric));
  const byColumn = columns
    .filter((column): column is string => typeof column === 'string')
    .map((column): OrderByItem => [column, true]);
  return [...byMetric, ...byColumn];
}

/** The Treemap's query: the metric by every dimension. */
export function buildTreemapQuery(formData: ChartFormData): QueryContextRequest {
  const metrics = metricsOf(formData.metric);
  const columns = columnsOf(formData.groupby);
  return buildQueryContext(formData, [
    {
      ...buildBaseQueryObject(formData),
      columns,
      metrics,
      orderby: hierarchyOrderBy(formData, metrics[0], columns),
    },
  ]);
}
