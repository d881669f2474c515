import type { PostProcessingStep, QueryObjectInput } from '@superset-ts/shared';
import { numberValue } from '../../core/form-data';
import { getColumnLabel, getMetricLabel } from '../../core/query/labels';
import { columnsOf, metricsOf } from '../../core/query/operators';
import {
  buildBaseQueryObject,
  buildQueryContext,
  type QueryContextRequest,
} from '../../core/query/query-context';
import type { BoxPlotFormData } from './types';
import { getWhiskerSpec } from './whiskers';

/**
 * The server step that turns the aggregated rows into box statistics per dimension group
 * (Superset's `boxplotOperator`).
 */
export function boxplotOperator(formData: BoxPlotFormData): PostProcessingStep {
  return {
    operation: 'boxplot',
    options: {
      ...getWhiskerSpec(formData.whiskerOptions),
      groupby: columnsOf(formData.groupby).map(getColumnLabel),
      metrics: metricsOf(formData.metrics).map(getMetricLabel),
    },
  };
}

/**
 * The Box Plot's query (Superset's BoxPlot `buildQuery`): the metrics aggregated by the
 * "distribute across" columns and the dimensions, then summarised per dimension group by the
 * server's `boxplot` step. The series limit keeps the top dimension groups.
 *
 * @throws UnsupportedWhiskerOptionError when the whisker option cannot be read.
 */
export function buildBoxPlotQuery(formData: BoxPlotFormData): QueryContextRequest {
  const groupby = columnsOf(formData.groupby);
  const seriesLimit = numberValue(formData.series_limit);
  const query: QueryObjectInput = {
    ...buildBaseQueryObject(formData),
    columns: [...columnsOf(formData.columns), ...groupby],
    metrics: metricsOf(formData.metrics),
    series_columns: groupby,
    post_processing: [boxplotOperator(formData)],
  };
  if (seriesLimit !== undefined && seriesLimit > 0) query.series_limit = Math.floor(seriesLimit);
  if (formData.series_limit_metric) query.series_limit_metric = formData.series_limit_metric;
  return buildQueryContext(formData, [query]);
}
