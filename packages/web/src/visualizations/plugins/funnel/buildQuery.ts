import { buildMetricByColumnsQuery } from '../../core/query/metric-query';
import { columnsOf } from '../../core/query/operators';
import type { QueryContextRequest } from '../../core/query/query-context';
import type { FunnelFormData } from './types';

/**
 * The Funnel Chart's query: the metric by the dimensions (one step per group), largest first
 * unless `sort_by_metric` is turned off, as Superset's Funnel does.
 */
export function buildFunnelQuery(formData: FunnelFormData): QueryContextRequest {
  return buildMetricByColumnsQuery(
    formData,
    columnsOf(formData.groupby),
    formData.sort_by_metric ?? true,
  );
}
