import { columnsOf, metricsOf } from '../../core/query/operators';
import {
  buildBaseQueryObject,
  buildQueryContext,
  type QueryContextRequest,
} from '../../core/query/query-context';
import { hierarchyOrderBy } from '../treemap/buildQuery';
import type { SankeyFormData } from './types';

/**
 * The Sankey Chart's query (Superset's Sankey v2 `buildQuery`): the metric by source and
 * target, the biggest flows first when sorting by the metric.
 */
export function buildSankeyQuery(formData: SankeyFormData): QueryContextRequest {
  const metrics = metricsOf(formData.metric);
  const columns = [...columnsOf(formData.source), ...columnsOf(formData.target)];
  return buildQueryContext(formData, [
    {
      ...buildBaseQueryObject(formData),
      columns,
      metrics,
      orderby: hierarchyOrderBy(formData, metrics[0], columns),
    },
  ]);
}
