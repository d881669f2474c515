import { getColumnLabel } from '../../core/query/labels';
import { columnsOf, metricsOf } from '../../core/query/operators';
import type { OrderByItem } from '../../core/query/order-by';
import {
  buildBaseQueryObject,
  buildQueryContext,
  type QueryContextRequest,
} from '../../core/query/query-context';
import { getXAxisColumn } from '../../core/query/x-axis';
import type { WaterfallFormData } from './types';

/**
 * The Waterfall Chart's query (Superset's Waterfall `buildQuery`): the metric by x-axis and
 * breakdown, in x-axis then breakdown order so the running total adds up period by period.
 */
export function buildWaterfallQuery(formData: WaterfallFormData): QueryContextRequest {
  const xAxis = getXAxisColumn(formData);
  const columns = [
    ...(xAxis === undefined ? [] : [xAxis]),
    ...columnsOf(formData.groupby).slice(0, 1),
  ];
  const orderby: OrderByItem[] = columns.map((column) => [getColumnLabel(column), true]);
  return buildQueryContext(formData, [
    {
      ...buildBaseQueryObject(formData),
      columns,
      metrics: metricsOf(formData.metric),
      orderby,
    },
  ]);
}
