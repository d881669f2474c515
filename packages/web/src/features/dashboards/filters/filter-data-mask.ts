import type { DataMask, ExtraFilter, NativeFilter } from '@superset-ts/shared';
import { NO_FILTER } from '../../explore/controls/widgets/time-range/time-range-frames';
import { filterTarget } from './native-filter-items';

/** A value a select filter can choose (a column's distinct value). */
export type FilterValue = string | number | boolean | null;

/** The bounds of a range filter; null leaves that side open. */
export type RangeValue = [number | null, number | null];

/** The mask of a filter with no value: it adds nothing to the charts. */
export const EMPTY_MASK: DataMask = { extraFormData: {}, filterState: { value: null } };

function valueText(value: FilterValue): string {
  return value === null ? '<NULL>' : String(value);
}

/**
 * A select filter's mask: `IN` the chosen values (`NOT IN` with inverse selection) on the
 * filter's column; no values clears it.
 */
export function selectFilterMask(filter: NativeFilter, values: readonly FilterValue[]): DataMask {
  const { column } = filterTarget(filter);
  if (values.length === 0 || !column) return EMPTY_MASK;
  const op = filter.controlValues?.inverseSelection ? 'NOT IN' : 'IN';
  return {
    extraFormData: { filters: [{ col: column, op, val: [...values] }] },
    filterState: { value: [...values], label: values.map(valueText).join(', ') },
  };
}

/** A range filter's mask: `>=` the minimum and `<=` the maximum, each when set. */
export function rangeFilterMask(filter: NativeFilter, [min, max]: RangeValue): DataMask {
  const { column } = filterTarget(filter);
  if (!column || (min === null && max === null)) return EMPTY_MASK;
  const filters: ExtraFilter[] = [];
  if (min !== null) filters.push({ col: column, op: '>=', val: min });
  if (max !== null) filters.push({ col: column, op: '<=', val: max });
  const label =
    min !== null && max !== null
      ? `${min} ≤ x ≤ ${max}`
      : min !== null
        ? `x ≥ ${min}`
        : `x ≤ ${String(max)}`;
  return { extraFormData: { filters }, filterState: { value: [min, max], label } };
}

/** A time filter's mask: the chosen `time_range` ("No filter" clears it). */
export function timeRangeMask(timeRange: string): DataMask {
  if (timeRange.trim() === '' || timeRange === NO_FILTER) return EMPTY_MASK;
  return { extraFormData: { time_range: timeRange }, filterState: { value: timeRange } };
}

/** A time grain filter's mask: the grain every chart in scope groups its time by. */
export function timeGrainMask(grain: string | null, label?: string): DataMask {
  if (!grain) return EMPTY_MASK;
  return {
    extraFormData: { time_grain_sqla: grain },
    filterState: { value: [grain], label: label ?? grain },
  };
}

/** A time column filter's mask: the temporal column time ranges apply to. */
export function timeColumnMask(column: string | null): DataMask {
  if (!column) return EMPTY_MASK;
  return { extraFormData: { granularity_sqla: column }, filterState: { value: [column] } };
}

/** Whether a filter's mask holds no value (what a required filter must not be). */
export function isMaskEmpty(mask: DataMask | undefined): boolean {
  const value = mask?.filterState?.value;
  if (value === undefined || value === null || value === '') return true;
  return Array.isArray(value) && value.length === 0;
}

/** Whether a filter must have a value before the bar applies (`enableEmptyFilter`). */
export function isFilterRequired(filter: NativeFilter): boolean {
  return filter.controlValues?.enableEmptyFilter === true;
}
