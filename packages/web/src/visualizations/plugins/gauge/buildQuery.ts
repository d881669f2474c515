import { buildMetricByColumnsQuery } from '../../core/query/metric-query';
import { columnsOf } from '../../core/query/operators';
import type { QueryContextRequest } from '../../core/query/query-context';
import type { GaugeFormData } from './types';

/**
 * The Gauge Chart's query (Superset's Gauge `buildQuery`): the metric by the dimensions (one
 * reading per group), largest first when `sort_by_metric`.
 */
export function buildGaugeQuery(formData: GaugeFormData): QueryContextRequest {
  return buildMetricByColumnsQuery(
    formData,
    columnsOf(formData.groupby),
    Boolean(formData.sort_by_metric),
  );
}
