import { getColumnLabel, uniqueByLabel } from '../../core/query/labels';
import { columnsOf, metricsOf } from '../../core/query/operators';
import {
  buildBaseQueryObject,
  buildQueryContext,
  type QueryContextRequest,
} from '../../core/query/query-context';
import type { TreeFormData } from './types';

/**
 * The Tree Chart's query (Superset's Tree `buildQuery`): one row per node with its id, parent
 * and name columns, and the metric when set.
 */
export function buildTreeQuery(formData: TreeFormData): QueryContextRequest {
  const columns = uniqueByLabel(
    [formData.id, formData.parent, formData.name].flatMap(columnsOf),
    getColumnLabel,
  );
  return buildQueryContext(formData, [
    { ...buildBaseQueryObject(formData), columns, metrics: metricsOf(formData.metric) },
  ]);
}
