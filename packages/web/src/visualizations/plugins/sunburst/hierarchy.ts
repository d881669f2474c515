import type { QueryColumn, QueryMetric } from '@superset-ts/shared';
import { getMetricLabel } from '../../core/query/labels';
import { columnsOf, metricsOf } from '../../core/query/operators';
import type { SunburstFormData } from './types';

/** The hierarchy's columns: `columns`, or `groupby` for charts saved before it was renamed. */
export function sunburstColumns(formData: SunburstFormData): QueryColumn[] {
  const columns = columnsOf(formData.columns);
  return columns.length > 0 ? columns : columnsOf(formData.groupby);
}

/**
 * The secondary metric when it colors the arcs: set and different from the primary metric
 * (the same metric twice gives a ratio of 1 everywhere, so the colors stay categorical).
 */
export function colorMetricOf(formData: SunburstFormData): QueryMetric | undefined {
  const [metric] = metricsOf(formData.metric);
  const [secondary] = metricsOf(formData.secondary_metric);
  if (!secondary) return undefined;
  return metric && getMetricLabel(metric) === getMetricLabel(secondary) ? undefined : secondary;
}
