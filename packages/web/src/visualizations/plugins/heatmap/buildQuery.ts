import type { OrderByItem } from '../../core/query/order-by';
import { getColumnLabel, getMetricLabel } from '../../core/query/labels';
import { columnsOf, metricsOf } from '../../core/query/operators';
import {
  buildBaseQueryObject,
  buildQueryContext,
  type QueryContextRequest,
} from '../../core/query/query-context';
import { getXAxisColumn } from '../../core/query/x-axis';
import type { AxisSort, HeatmapFormData } from './types';

/** The y-axis column: Superset stores one column under `groupby`, sometimes as a list. */
export const yAxisColumnOf = (formData: HeatmapFormData) => columnsOf(formData.groupby)[0];

/** An axis ordered by its own values sorts in SQL; by metric totals it sorts after the query. */
function axisOrder(label: string | undefined, sort: AxisSort | undefined): OrderByItem[] {
  if (label === undefined || sort === undefined || sort.startsWith('value')) return [];
  return [[label, sort.endsWith('asc')]];
}

/**
 * The Heatmap's query (Superset's Heatmap `buildQuery`): the metric by the x and y columns,
 * ordered by the axes sorted alphabetically, with a `rank` column (the metric's percentile
 * rank overall, per x or per y) for the normalized colors.
 */
export function buildHeatmapQuery(formData: HeatmapFormData): QueryContextRequest {
  const xAxis = getXAxisColumn(formData);
  const yAxis = yAxisColumnOf(formData);
  const metrics = metricsOf(formData.metric);
  const [metric] = metrics;
  const xLabel = xAxis === undefined ? undefined : getColumnLabel(xAxis);
  const yLabel = yAxis === undefined ? undefined : getColumnLabel(yAxis);
  const groupBy =
    formData.normalize_across === 'x'
      ? xLabel
      : formData.normalize_across === 'y'
        ? yLabel
        : undefined;
  return buildQueryContext(formData, [
    {
      ...buildBaseQueryObject(formData),
      columns: [...columnsOf(xAxis), ...columnsOf(yAxis)],
      metrics,
      orderby: [
        ...axisOrder(xLabel, formData.sort_x_axis),
        ...axisOrder(yLabel, formData.sort_y_axis),
      ],
      post_processing:
        metric === undefined
          ? []
          : [
              {
                operation: 'rank',
                options: {
                  metric: getMetricLabel(metric),
                  ...(groupBy ? { group_by: groupBy } : {}),
                },
              },
            ],
    },
  ]);
}
