import type { PostProcessingStep } from '@superset-ts/shared';
import { ensureArray, type ChartFormData } from '../form-data';

/** Superset's `TIME_COMPARISON_SEPARATOR`: an offset metric's column is `<metric>__<offset>`. */
export const TIME_COMPARISON_SEPARATOR = '__';

/** How time shifts are shown (`comparison_type`), as Superset's `ComparisonType`. */
export const COMPARISON_TYPES = ['values', 'difference', 'percentage', 'ratio'] as const;
export type ComparisonType = (typeof COMPARISON_TYPES)[number];

/** One metric shifted by one time offset, and the result column the server names for it. */
export interface MetricOffset {
  /** The metric's label (`SUM(num)`). */
  metric: string;
  /** The time shift as written (`1 year ago`). */
  offset: string;
  /** `<metric>__<offset>`: the column the server joins the shifted query's values into. */
  column: string;
}

/** The comparison type of the form data, or undefined when it is not one of Superset's. */
export function comparisonTypeOf(formData: ChartFormData): ComparisonType | undefined {
  const value = formData.comparison_type;
  return COMPARISON_TYPES.find((type) => type === value);
}

/** The time shifts chosen in `time_compare`, trimmed, without blanks or repeats. */
export function timeShiftsOf(formData: ChartFormData): string[] {
  const shifts = ensureArray(formData.time_compare as string | string[] | null | undefined)
    .filter((shift): shift is string => typeof shift === 'string')
    .map((shift) => shift.trim())
    .filter((shift) => shift !== '');
  return [...new Set(shifts)];
}

/**
 * Every metric x time shift of a time comparison (Superset's `getMetricOffsetsMap`), metric
 * by metric; empty when the form data asks for no comparison or the type is unknown.
 */
export function metricOffsetsOf(
  formData: ChartFormData,
  metricLabels: readonly string[],
): MetricOffset[] {
  if (comparisonTypeOf(formData) === undefined) return [];
  const shifts = timeShiftsOf(formData);
  return metricLabels.flatMap((metric) =>
    shifts.map((offset) => ({
      metric,
      offset,
      column: [metric, offset].join(TIME_COMPARISON_SEPARATOR),
    })),
  );
}

/** Whether the query compares its metrics with time-shifted copies (Superset's `isTimeComparison`). */
export function isTimeComparison(
  formData: ChartFormData,
  metricLabels: readonly string[],
): boolean {
  return metricOffsetsOf(formData, metricLabels).length > 0;
}

/** The column the `compare` step writes for a metric and its shift: `<type>__<metric>__<metric>__<offset>`. */
export function comparedColumnOf(type: ComparisonType, pair: MetricOffset): string {
  return [type, pair.metric, pair.column].join(TIME_COMPARISON_SEPARATOR);
}

/**
 * Replaces each metric and its shifted copy by their difference, percentage change or ratio
 * (Superset's `timeCompareOperator`); nothing for "Actual values", which keeps both.
 */
export function timeCompareOperator(
  formData: ChartFormData,
  metricLabels: readonly string[],
): PostProcessingStep | undefined {
  const type = comparisonTypeOf(formData);
  const pairs = metricOffsetsOf(formData, metricLabels);
  if (type === undefined || type === 'values' || pairs.length === 0) return undefined;
  return {
    operation: 'compare',
    options: {
      source_columns: pairs.map((pair) => pair.metric),
      compare_columns: pairs.map((pair) => pair.column),
      compare_type: type,
      drop_original_columns: true,
    },
  };
}

/**
 * Names each shifted (or compared) series by its time shift (`1 year ago`), or by metric and
 * shift when there are several metrics (Superset's `renameOperator` in a time comparison).
 */
export function timeCompareRenameOperator(
  formData: ChartFormData,
  metricLabels: readonly string[],
): PostProcessingStep | undefined {
  const type = comparisonTypeOf(formData);
  const pairs = metricOffsetsOf(formData, metricLabels);
  if (type === undefined || pairs.length === 0) return undefined;
  const renames = pairs.map((pair) => [
    type === 'values' ? pair.column : comparedColumnOf(type, pair),
    metricLabels.length > 1 ? `${pair.metric}, ${pair.offset}` : pair.offset,
  ]);
  return {
    operation: 'rename',
    options: { columns: Object.fromEntries(renames), level: 0, inplace: true },
  };
}
