import { buildMetricByColumnsQuery } from '../../core/query/metric-query';
import { columnsOf } from '../../core/query/operators';
import type { QueryContextRequest } from '../../core/query/query-context';
import type { PieFormData } from './types';

/**
 * The Pie Chart's query (Superset's Pie `buildQuery`): the metric by the dimensions, largest
 * first when `sort_by_metric`.
 */
export function buildPieQuery(formData: PieFormData): QueryContextRequest {
  return buildMetricByColumnsQuery(
    formData,
    columnsOf(formData.groupby),
    Boolean(formData.sort_by_metric),
  );
}
