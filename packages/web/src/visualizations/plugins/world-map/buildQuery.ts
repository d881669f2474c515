import { orderByMetric } from '../../core/query/metric-query';
import { getMetricLabel } from '../../core/query/labels';
import { columnsOf, metricsOf } from '../../core/query/operators';
import {
  buildBaseQueryObject,
  buildQueryContext,
  type QueryContextRequest,
} from '../../core/query/query-context';
import type { WorldMapFormData } from './types';

/**
 * The World Map's query (Superset's world map `buildQuery`): the metric, and the bubble metric
 * when it differs, by the country column; the largest first when sorting by the metric.
 */
export function buildWorldMapQuery(formData: WorldMapFormData): QueryContextRequest {
  const [metric] = metricsOf(formData.metric);
  const [bubbleMetric] = metricsOf(formData.secondary_metric);
  const metrics = metric ? [metric] : [];
  if (bubbleMetric && (!metric || getMetricLabel(bubbleMetric) !== getMetricLabel(metric))) {
    metrics.push(bubbleMetric);
  }
  return buildQueryContext(formData, [
    {
      ...buildBaseQueryObject(formData),
      columns: columnsOf(formData.entity),
      metrics,
      orderby: orderByMetric(metric, Boolean(formData.sort_by_metric)),
    },
  ]);
}
