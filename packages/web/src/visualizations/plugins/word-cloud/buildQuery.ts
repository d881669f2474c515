import { buildMetricByColumnsQuery } from '../../core/query/metric-query';
import { columnsOf } from '../../core/query/operators';
import type { QueryContextRequest } from '../../core/query/query-context';
import type { WordCloudFormData } from './types';

/**
 * The Word Cloud's query (Superset's word cloud `buildQuery`): the metric by the words'
 * column, the largest first when sorting by the metric, so the row limit keeps the biggest.
 */
export function buildWordCloudQuery(formData: WordCloudFormData): QueryContextRequest {
  return buildMetricByColumnsQuery(
    formData,
    columnsOf(formData.series),
    Boolean(formData.sort_by_metric),
  );
}
