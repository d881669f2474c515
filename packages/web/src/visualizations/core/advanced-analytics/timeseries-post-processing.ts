import type { PostProcessingStep, QueryColumn, QueryMetric } from '@superset-ts/shared';
import type { ChartFormData } from '../form-data';
import { getMetricLabel } from '../query/labels';
import {
  contributionOperator,
  definedSteps,
  flattenOperator,
  pivotOperator,
  renameOperator,
  rollingWindowOperator,
} from '../query/operators';
import { resampleOperator } from './resample-operator';
import {
  metricOffsetsOf,
  timeCompareOperator,
  timeCompareRenameOperator,
  timeShiftsOf,
} from './time-comparison';

/** What the time-series post-processing reads of the query it belongs to. */
export interface TimeseriesQueryParts {
  metrics: readonly QueryMetric[];
  /** The dimensions besides the x-axis: one series per combination of their values. */
  seriesColumns: readonly QueryColumn[];
  /** The x-axis column's label; without one the rows are not pivoted. */
  xAxisLabel: string | undefined;
}

/**
 * The query's `time_offsets`: the time shifts of a time comparison, which the server runs as
 * shifted copies of the query and joins as `<metric>__<offset>` columns; else none.
 */
export function timeOffsetsOf(formData: ChartFormData, parts: TimeseriesQueryParts): string[] {
  if (parts.xAxisLabel === undefined) return [];
  const pairs = metricOffsetsOf(formData, parts.metrics.map(getMetricLabel));
  return pairs.length > 0 ? timeShiftsOf(formData) : [];
}

/**
 * The post-processing of a time-series query, in Superset's order: pivot to one column per
 * metric and series (with the shifted metrics of a time comparison), rolling window or
 * cumulative sum, time comparison, resample, renaming the series, contribution, flatten.
 *
 * The rolling window runs over the metrics and their shifted copies before they are compared
 * (Superset names the compared columns there, which do not exist yet at that step).
 */
export function timeseriesPostProcessing(
  formData: ChartFormData,
  parts: TimeseriesQueryParts,
): PostProcessingStep[] {
  const { xAxisLabel, seriesColumns } = parts;
  const metricLabels = parts.metrics.map(getMetricLabel);
  const pairs = xAxisLabel === undefined ? [] : metricOffsetsOf(formData, metricLabels);
  const isComparing = pairs.length > 0;
  const shiftedColumns = pairs.map((pair) => pair.column);
  const pivotQuery = { metrics: [...parts.metrics, ...shiftedColumns], seriesColumns };
  return definedSteps([
    xAxisLabel === undefined ? undefined : pivotOperator(formData, pivotQuery, xAxisLabel),
    rollingWindowOperator(formData, [...metricLabels, ...shiftedColumns]),
    isComparing ? timeCompareOperator(formData, metricLabels) : undefined,
    xAxisLabel === undefined ? undefined : resampleOperator(formData, xAxisLabel),
    isComparing
      ? timeCompareRenameOperator(formData, metricLabels)
      : renameOperator(formData, { metrics: parts.metrics, seriesColumns }),
    contributionOperator(formData),
    flattenOperator(),
  ]);
}
