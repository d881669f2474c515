import { getColumnLabel, uniqueByLabel } from '../../core/query/labels';
import { columnsOf, metricsOf } from '../../core/query/operators';
import {
  buildBaseQueryObject,
  buildQueryContext,
  type QueryContextRequest,
} from '../../core/query/query-context';
import type { GraphFormData } from './types';

/**
 * The Graph Chart's query (Superset's Graph `buildQuery`): the metric by source and target,
 * and by their category columns when set.
 */
export function buildGraphQuery(formData: GraphFormData): QueryContextRequest {
  const columns = uniqueByLabel(
    [formData.source, formData.target, formData.source_category, formData.target_category].flatMap(
      columnsOf,
    ),
    getColumnLabel,
  );
  return buildQueryContext(formData, [
    { ...buildBaseQueryObject(formData), columns, metrics: metricsOf(formData.metric) },
  ]);
}
