import type { QueryMetric } from '@superset-ts/shared';
import type { ControlConfig, ControlValidationError } from '../../../core/control-panel';
import { numberValue, type ChartFormData } from '../../../core/form-data';
import { getMetricLabel } from '../../../core/query/labels';
import { toNumberOrNull } from '../../../core/query/results';

/** A size taken from one number for every object, or from a metric per object. */
export type FixedOrMetric =
  { type: 'fix'; value: number } | { type: 'metric'; metric: QueryMetric };

/** The object Superset saved under `key` (a bare metric name in older charts). */
function savedValue(formData: ChartFormData, key: string): Record<string, unknown> {
  const saved = formData[key];
  if (typeof saved === 'string' && saved !== '') return { type: 'metric', value: saved };
  return saved && typeof saved === 'object' ? (saved as Record<string, unknown>) : {};
}

/** The flat controls of a fixed-or-metric value saved by Superset under `key`. */
export function fixedOrMetricControlNames(key: string) {
  return { type: `${key}_type`, value: `${key}_value`, metric: `${key}_metric` } as const;
}

function metricValue(value: unknown): QueryMetric | undefined {
  if (typeof value === 'string') return value === '' ? undefined : value;
  if (value && typeof value === 'object' && 'expressionType' in value) return value as QueryMetric;
  return undefined;
}

/**
 * The value of Superset's FixedOrMetricControl (`{ type: 'fix' | 'metric', value }`), edited
 * here by three flat controls (which win when set); `fallback` when nothing usable is set.
 */
export function readFixedOrMetric(
  formData: ChartFormData,
  key: string,
  fallback: number,
): FixedOrMetric {
  const names = fixedOrMetricControlNames(key);
  const saved = savedValue(formData, key);
  const type = formData[names.type] ?? saved.type;
  if (type === 'metric') {
    const metric = metricValue(formData[names.metric]) ?? metricValue(saved.value);
    if (metric) return { type: 'metric', metric };
  }
  const value = numberValue(formData[names.value]) ?? numberValue(saved.value) ?? fallback;
  return { type: 'fix', value };
}

/** The metric of a fixed-or-metric value, when it is one. */
export const metricOf = (size: FixedOrMetric): QueryMetric | undefined =>
  size.type === 'metric' ? size.metric : undefined;

/** Reads a fixed-or-metric value per result row. */
export interface FixedOrMetricReader {
  /** The metric's label in the results, when the value is a metric. */
  metricLabel?: string;
  /** A row's value: the fixed number, or the row's metric (null when not a number). */
  valueOf(row: Readonly<Record<string, unknown>>): number | null;
}

/** The reader of a fixed-or-metric value. */
export function fixedOrMetricReader(size: FixedOrMetric): FixedOrMetricReader {
  if (size.type === 'fix') return { valueOf: () => size.value };
  const metricLabel = getMetricLabel(size.metric);
  return { metricLabel, valueOf: (row) => toNumberOrNull(row[metricLabel]) };
}

/** The controls editing a fixed-or-metric value: the choice, then a number or a metric. */
export function fixedOrMetricControlRows(
  key: string,
  label: string,
  defaultValue: number,
): ControlConfig[][] {
  const names = fixedOrMetricControlNames(key);
  const isMetric = (formData: ChartFormData) =>
    (formData[names.type] ?? savedValue(formData, key).type) === 'metric';
  return [
    [
      {
        name: names.type,
        kind: 'select',
        label,
        default: 'fix',
        clearable: false,
        options: [
          { value: 'fix', label: 'Fixed' },
          { value: 'metric', label: 'Metric' },
        ],
      },
    ],
    [
      {
        name: names.value,
        kind: 'number',
        label: `${label} (fixed)`,
        default: defaultValue,
        min: 0,
        visibleWhen: (formData) => !isMetric(formData),
      },
      {
        name: names.metric,
        kind: 'metric',
        label: `${label} metric`,
        visibleWhen: isMetric,
      },
    ],
  ];
}

/** A metric choice left without a metric. */
export function validateFixedOrMetric(
  formData: ChartFormData,
  key: string,
  label: string,
): ControlValidationError[] {
  const names = fixedOrMetricControlNames(key);
  const chosen = formData[names.type] ?? savedValue(formData, key).type;
  if (chosen !== 'metric' || readFixedOrMetric(formData, key, 0).type === 'metric') return [];
  return [{ control: names.metric, message: `${label} metric cannot be empty.` }];
}
