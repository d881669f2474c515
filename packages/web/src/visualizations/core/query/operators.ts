import type { PostProcessingStep, QueryColumn, QueryMetric } from '@superset-ts/shared';
import { ensureArray, numberValue, type ChartFormData } from '../form-data';
import { getColumnLabel, getMetricLabel } from './labels';

/** What the operators read of the query they post-process. */
export interface OperatorQuery {
  metrics: readonly QueryMetric[];
  /** The series columns (the dimensions besides the x-axis). */
  seriesColumns: readonly QueryColumn[];
}

/**
 * One row per x-axis value and one column per metric and series (Superset's `pivotOperator`);
 * `mean` only places each cell's single value. Empty series are dropped unless
 * `show_empty_columns` is set.
 */
export function pivotOperator(
  formData: ChartFormData,
  query: OperatorQuery,
  xAxisLabel: string,
): PostProcessingStep | undefined {
  if (query.metrics.length === 0) return undefined;
  return {
    operation: 'pivot',
    options: {
      index: [xAxisLabel],
      columns: query.seriesColumns.map(getColumnLabel),
      aggregates: Object.fromEntries(
        query.metrics.map((metric) => [getMetricLabel(metric), { operator: 'mean' }]),
      ),
      drop_missing_columns: !formData.show_empty_columns,
    },
  };
}

/**
 * With one metric and series columns, names each series by its values alone (drops the
 * metric level) when `truncate_metric` is set (Superset's `renameOperator`).
 */
export function renameOperator(
  formData: ChartFormData,
  query: OperatorQuery,
): PostProcessingStep | undefined {
  const [onlyMetric] = query.metrics;
  if (
    query.metrics.length !== 1 ||
    onlyMetric === undefined ||
    query.seriesColumns.length === 0 ||
    !formData.truncate_metric
  ) {
    return undefined;
  }
  return {
    operation: 'rename',
    options: { columns: { [getMetricLabel(onlyMetric)]: null }, level: 0, inplace: true },
  };
}

/** Joins multi-level column names into flat ones (`"metric, value"`). */
export function flattenOperator(): PostProcessingStep {
  return { operation: 'flatten' };
}

/** The rolling window choices of "Advanced analytics" (`rolling_type`). */
export const ROLLING_TYPES = ['cumsum', 'sum', 'mean', 'std'] as const;

/**
 * A cumulative sum or a rolling window over the metric columns (Superset's
 * `rollingWindowOperator`), from `rolling_type`, `rolling_periods` and `min_periods`.
 */
export function rollingWindowOperator(
  formData: ChartFormData,
  columns: readonly string[],
  isPivotDf = true,
): PostProcessingStep | undefined {
  const columnsMap = Object.fromEntries(columns.map((column) => [column, column]));
  const type = formData.rolling_type;
  if (type === 'cumsum') {
    return {
      operation: 'cum',
      options: { operator: 'sum', columns: columnsMap, is_pivot_df: isPivotDf },
    };
  }
  if (type === 'sum' || type === 'mean' || type === 'std') {
    return {
      operation: 'rolling',
      options: {
        rolling_type: type,
        window: Math.max(1, Math.floor(numberValue(formData.rolling_periods) ?? 1)),
        min_periods: Math.max(0, Math.floor(numberValue(formData.min_periods) ?? 0)),
        columns: columnsMap,
        is_pivot_df: isPivotDf,
      },
    };
  }
  return undefined;
}

/** Each value as a share of its row or column total, from `contributionMode`. */
export function contributionOperator(formData: ChartFormData): PostProcessingStep | undefined {
  const mode = formData.contributionMode;
  if (mode !== 'row' && mode !== 'column') return undefined;
  return { operation: 'contribution', options: { orientation: mode } };
}

/** The steps that are set, in order. */
export function definedSteps(
  steps: readonly (PostProcessingStep | undefined)[],
): PostProcessingStep[] {
  return steps.filter((step): step is PostProcessingStep => step !== undefined);
}

/** The metric list of a form data key holding one metric or several. */
export function metricsOf(value: unknown): QueryMetric[] {
  return ensureArray(value as QueryMetric | QueryMetric[] | null | undefined);
}

/** The column list of a form data key holding one column or several. */
export function columnsOf(value: unknown): QueryColumn[] {
  return ensureArray(value as QueryColumn | QueryColumn[] | null | undefined).filter(
    (column) => column !== '',
  );
}
