import type { DataMask, QueryColumn } from '@superset-ts/shared';
import type { ChartInteraction } from './chart-plugin';

/** What a click on a data point filters: a value per column, and how to show it. */
export interface CrossFilterTarget {
  /** The dimension columns, as the chart's form data names them. */
  columns: readonly QueryColumn[];
  /** The clicked point's value of each column (same order). */
  values: readonly unknown[];
  /** The point as the chart labels it (`boy, CA`). */
  label: string;
}

/** A mask that removes the chart's cross-filter. */
export const CLEARED_CROSS_FILTER: DataMask = {
  extraFormData: { filters: [] },
  filterState: { value: null },
};

/**
 * How a point is remembered in `filterState.value`: its value for one dimension, the list of
 * its values for several.
 */
export function selectionKeyOf(values: readonly unknown[]): unknown {
  return values.length === 1 ? values[0] : [...values];
}

/** Whether a point is among the chart's selected values. */
export function isPointSelected(
  selectedValues: readonly unknown[] | null,
  values: readonly unknown[],
): boolean {
  if (!selectedValues || selectedValues.length === 0) return false;
  const key = JSON.stringify(selectionKeyOf(values));
  return selectedValues.some((selected) => JSON.stringify(selected) === key);
}

/** The cross-filter of a point: each column `IN` the point's value. */
export function crossFilterMask(target: CrossFilterTarget): DataMask {
  return {
    extraFormData: {
      filters: target.columns.map((col, index) => ({
        col,
        op: 'IN',
        val: [target.values[index]],
      })),
    },
    filterState: { value: [selectionKeyOf(target.values)], label: target.label },
  };
}

/**
 * What a click on a point does on a dashboard: selects it as the chart's cross-filter, or
 * clears the cross-filter when the point was the one selected.
 */
export function toggleCrossFilter(interaction: ChartInteraction, target: CrossFilterTarget): void {
  if (!interaction.emitCrossFilters) return;
  interaction.setDataMask(
    isPointSelected(interaction.selectedValues, target.values)
      ? CLEARED_CROSS_FILTER
      : crossFilterMask(target),
  );
}

/** The opacity of the points not selected while a cross-filter is active. */
export const DIMMED_OPACITY = 0.3;
