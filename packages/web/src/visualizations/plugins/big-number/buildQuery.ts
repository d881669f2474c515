import { getMetricLabel } from '../../core/query/labels';
import {
  definedSteps,
  flattenOperator,
  metricsOf,
  pivotOperator,
  rollingWindowOperator,
} from '../../core/query/operators';
import {
  buildBaseQueryObject,
  buildQueryContext,
  type QueryContextRequest,
} from '../../core/query/query-context';
import { getXAxisColumn, getXAxisLabel } from '../../core/query/x-axis';
import type { BigNumberFormData } from './types';

/**
 * Big Number with Trendline's query (Superset's `buildQuery`): the metric per x-axis value
 * (truncated to the time grain), pivoted on the x-axis, with an optional rolling window.
 */
export function buildBigNumberQuery(formData: BigNumberFormData): QueryContextRequest {
  const xAxis = getXAxisColumn(formData);
  const xAxisLabel = getXAxisLabel(formData);
  const metrics = metricsOf(formData.metric);
  return buildQueryContext(formData, [
    {
      ...buildBaseQueryObject(formData),
      columns: xAxis === undefined ? [] : [xAxis],
      metrics,
      post_processing: definedSteps([
        xAxisLabel === undefined
          ? undefined
          : pivotOperator(formData, { metrics, seriesColumns: [] }, xAxisLabel),
        rollingWindowOperator(formData, metrics.map(getMetricLabel)),
        flattenOperator(),
      ]),
    },
  ]);
}
