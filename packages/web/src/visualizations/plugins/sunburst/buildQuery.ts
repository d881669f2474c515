import { orderByMetric } from '../../core/query/metric-query';
import { metricsOf } from '../../core/query/operators';
import {
  buildBaseQueryObject,
  buildQueryContext,
  type QueryContextRequest,
} from '../../core/query/query-context';
import { colorMetricOf, sunburstColumns } from './hierarchy';
import type { SunburstFormData } from './types';

/**
 * The Sunburst Chart's query (Superset's Sunburst v2 `buildQuery`): the primary metric (and the
 * coloring one) by every level of the hierarchy, largest first when sorting by the metric.
 */
export function buildSunburstQuery(formData: SunburstFormData): QueryContextRequest {
  const [metric] = metricsOf(formData.metric);
  const colorMetric = colorMetricOf(formData);
  const metrics = [metric, colorMetric].filter((item) => item !== undefined);
  return buildQueryContext(formData, [
    {
      ...buildBaseQueryObject(formData),
      columns: sunburstColumns(formData),
      metrics,
      orderby: orderByMetric(metric, Boolean(formData.sort_by_metric)),
    },
  ]);
}
