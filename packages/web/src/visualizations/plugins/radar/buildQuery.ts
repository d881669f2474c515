import type { OrderByItem } from '../../core/query/order-by';
import { columnsOf, metricsOf } from '../../core/query/operators';
import {
  buildBaseQueryObject,
  buildQueryContext,
  type QueryContextRequest,
} from '../../core/query/query-context';
import type { RadarFormData } from './types';

/**
 * The Radar Chart's query (Superset's Radar `buildQuery`): the metrics by the dimensions,
 * groups ranked (largest first) by the sort metric, else by the first metric, so the row limit
 * keeps the biggest groups.
 */
export function buildRadarQuery(formData: RadarFormData): QueryContextRequest {
  const metrics = metricsOf(formData.metrics);
  const sortMetric = formData.timeseries_limit_metric ?? formData.series_limit_metric ?? metrics[0];
  const orderby: OrderByItem[] = sortMetric ? [[sortMetric, false]] : [];
  return buildQueryContext(formData, [
    { ...buildBaseQueryObject(formData), columns: columnsOf(formData.groupby), metrics, orderby },
  ]);
}
