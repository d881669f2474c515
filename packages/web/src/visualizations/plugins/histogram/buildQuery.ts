import type { PostProcessingStep } from '@superset-ts/shared';
import { getColumnLabel } from '../../core/query/labels';
import { columnsOf } from '../../core/query/operators';
import {
  buildBaseQueryObject,
  buildQueryContext,
  type QueryContextRequest,
} from '../../core/query/query-context';
import { findBinCount } from './bins';
import type { HistogramFormData } from './types';

/**
 * The server step that counts the column's values into equal-width bins per group
 * (Superset's `histogramOperator`).
 */
export function histogramOperator(formData: HistogramFormData): PostProcessingStep {
  const [column] = columnsOf(formData.column);
  return {
    operation: 'histogram',
    options: {
      column: column === undefined ? '' : getColumnLabel(column),
      groupby: columnsOf(formData.groupby).map(getColumnLabel),
      bins: findBinCount(formData.bins) ?? 5,
      cumulative: formData.cumulative === true,
      normalize: formData.normalize === true,
    },
  };
}

/**
 * The Histogram's query (Superset's Histogram `buildQuery`): the raw values of the column
 * (no metrics, so rows are not aggregated) with their groups, binned by the server.
 */
export function buildHistogramQuery(formData: HistogramFormData): QueryContextRequest {
  return buildQueryContext(formData, [
    {
      ...buildBaseQueryObject(formData),
      columns: [...columnsOf(formData.groupby), ...columnsOf(formData.column)],
      post_processing: [histogramOperator(formData)],
    },
  ]);
}
