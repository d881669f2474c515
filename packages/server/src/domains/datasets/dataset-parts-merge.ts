import type { DatasetColumnInput, DatasetMetricInput } from '@superset-ts/shared';
import type { FieldProblems } from '../../app/validation/request-input.js';
import type { Desired } from './dataset-parts.repository.js';
import type { ColumnRecord, ColumnValues, MetricRecord, MetricValues } from './dataset.record.js';

/** Picks a provided value, or the previous one when the field was left out. */
function pick<T>(value: T | undefined, previous: T): T {
  return value === undefined ? previous : value;
}

function blankToNull(value: string | null | undefined): string | null | undefined {
  return value === undefined ? undefined : value === null || value.trim() === '' ? null : value;
}

/** Checks the list rules Superset's update command applies; returns the problems found. */
function listProblems(
  field: 'columns' | 'metrics',
  noun: string,
  items: readonly { id?: number | undefined; name: string }[],
  existing: readonly { id: number; name: string }[],
  isOverride: boolean,
): FieldProblems {
  const names = items.map((item) => item.name);
  if (new Set(names).size !== names.length) {
    return { [field]: [`One or more ${noun} are duplicated`] };
  }
  const existingIds = new Set(existing.map((row) => row.id));
  if (items.some((item) => item.id !== undefined && !existingIds.has(item.id))) {
    return { [field]: [`One or more ${noun} do not exist`] };
  }
  if (!isOverride) {
    const existingNames = new Set(existing.map((row) => row.name));
    if (items.some((item) => item.id === undefined && existingNames.has(item.name))) {
      return { [field]: [`One or more ${noun} already exist`] };
    }
  }
  return {};
}

/** Problems with the columns of an update, by field (empty when none). */
export function columnProblems(
  input: readonly DatasetColumnInput[],
  existing: readonly ColumnRecord[],
  isOverride: boolean,
): FieldProblems {
  return listProblems(
    'columns',
    'columns',
    input.map((column) => ({ id: column.id, name: column.column_name })),
    existing.map((column) => ({ id: column.id, name: column.column_name })),
    isOverride,
  );
}

/** Problems with the metrics of an update, by field (empty when none). */
export function metricProblems(
  input: readonly DatasetMetricInput[],
  existing: readonly MetricRecord[],
): FieldProblems {
  return listProblems(
    'metrics',
    'metrics',
    input.map((metric) => ({ id: metric.id, name: metric.metric_name })),
    existing.map((metric) => ({ id: metric.id, name: metric.metric_name })),
    false,
  );
}

const NEW_COLUMN: ColumnValues = {
  column_name: '',
  verbose_name: null,
  is_active: true,
  type: null,
  advanced_data_type: null,
  groupby: true,
  filterable: true,
  description: null,
  is_dttm: false,
  expression: null,
  python_date_format: null,
  extra: null,
};

/**
 * The columns a `PUT` leaves the dataset with: listed columns with an id are edited (fields
 * left out keep their values), those without are added, unlisted ones are removed. With
 * `override_columns` every listed column is written anew (a refresh follows).
 */
export function mergeColumns(
  input: readonly DatasetColumnInput[],
  existing: readonly ColumnRecord[],
  isOverride: boolean,
): Desired<ColumnValues>[] {
  const byId = new Map(existing.map((column) => [column.id, column]));
  return input.map((column) => {
    const previous = (!isOverride && column.id !== undefined && byId.get(column.id)) || undefined;
    const base: ColumnValues = previous ?? NEW_COLUMN;
    return {
      ...(previous ? { id: previous.id } : {}),
      column_name: column.column_name,
      verbose_name: pick(blankToNull(column.verbose_name), base.verbose_name),
      is_active: pick(column.is_active ?? undefined, base.is_active),
      type: pick(column.type, base.type),
      advanced_data_type: pick(blankToNull(column.advanced_data_type), base.advanced_data_type),
      groupby: pick(column.groupby, base.groupby),
      filterable: pick(column.filterable, base.filterable),
      description: pick(blankToNull(column.description), base.description),
      is_dttm: pick(column.is_dttm ?? undefined, base.is_dttm),
      expression: pick(blankToNull(column.expression), base.expression),
      python_date_format: pick(blankToNull(column.python_date_format), base.python_date_format),
      extra: pick(blankToNull(column.extra), base.extra),
    };
  });
}

const NEW_METRIC: MetricValues = {
  metric_name: '',
  verbose_name: null,
  metric_type: null,
  description: null,
  d3format: null,
  currency: null,
  warning_text: null,
  expression: '',
  extra: null,
};

/** The metrics a `PUT` leaves the dataset with (same rules as the columns). */
export function mergeMetrics(
  input: readonly DatasetMetricInput[],
  existing: readonly MetricRecord[],
): Desired<MetricValues>[] {
  const byId = new Map(existing.map((metric) => [metric.id, metric]));
  return input.map((metric) => {
    const previous = (metric.id !== undefined && byId.get(metric.id)) || undefined;
    const base: MetricValues = previous ?? NEW_METRIC;
    const currency =
      metric.currency === undefined
        ? base.currency
        : metric.currency === null
          ? null
          : JSON.stringify(metric.currency);
    return {
      ...(previous ? { id: previous.id } : {}),
      metric_name: metric.metric_name,
      expression: metric.expression,
      verbose_name: pick(blankToNull(metric.verbose_name), base.verbose_name),
      metric_type: pick(blankToNull(metric.metric_type), base.metric_type),
      description: pick(blankToNull(metric.description), base.description),
      d3format: pick(blankToNull(metric.d3format), base.d3format),
      currency,
      warning_text: pick(blankToNull(metric.warning_text), base.warning_text),
      extra: pick(blankToNull(metric.extra), base.extra),
    };
  });
}
