import type { QueryColumn, QueryMetric } from '@superset-ts/shared';
import type { ChartFormData } from '../form-data';
import { metricsOf } from './operators';
import type { OrderByItem } from './order-by';
import { buildBaseQueryObject, buildQueryContext, type QueryContextRequest } from './query-context';

/**
 * The ordering by a chart's main metric, largest first, when the chart sorts by it (Superset's
 * `sort_by_metric`); none otherwise or without a metric.
 */
export function orderByMetric(
  metric: QueryMetric | undefined,
  isSortedByMetric: boolean,
): OrderByItem[] {
  return isSortedByMetric && metric ? [[metric, false]] : [];
}

/**
 * The query of a chart that shows one metric (`formData.metric`) per group of `columns` (pie,
 * funnel, gauge, word cloud): one query object, largest first when sorted by the metric, so a
 * row limit keeps the biggest groups.
 */
export function buildMetricByColumnsQuery(
  formData: ChartFormData,
  columns: QueryColumn[],
  isSortedByMetric: boolean,
): QueryContextRequest {
  const metrics = metricsOf(formData.metric);
  return buildQueryContext(formData, [
    {
      ...buildBaseQueryObject(formData),
      columns,
      metrics,
      orderby: orderByMetric(metrics[0], isSortedByMetric),
    },
  ]);
}
