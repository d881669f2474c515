import type { OrderByItem } from '../../core/query/order-by';
import { getColumnLabel, getMetricLabel, uniqueByLabel } from '../../core/query/labels';
import { columnsOf, metricsOf } from '../../core/query/operators';
import {
  buildBaseQueryObject,
  buildQueryContext,
  type QueryContextRequest,
} from '../../core/query/query-context';
import type { BubbleFormData } from './types';

/**
 * The Bubble Chart's query (Superset's Bubble `buildQuery`): the x, y and size metrics by the
 * entity and series columns, sorted by the "sort query by" metric when one is chosen.
 */
export function buildBubbleQuery(formData: BubbleFormData): QueryContextRequest {
  const metrics = uniqueByLabel(
    [...metricsOf(formData.x), ...metricsOf(formData.y), ...metricsOf(formData.size)],
    getMetricLabel,
  );
  const [sortMetric] = metricsOf(formData.orderby);
  const orderby: OrderByItem[] = sortMetric ? [[sortMetric, !(formData.order_desc ?? true)]] : [];
  return buildQueryContext(formData, [
    {
      ...buildBaseQueryObject(formData),
      columns: uniqueByLabel(
        [...columnsOf(formData.entity), ...columnsOf(formData.series)],
        getColumnLabel,
      ),
      metrics,
      orderby,
    },
  ]);
}
