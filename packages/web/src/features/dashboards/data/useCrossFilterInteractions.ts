import type { DataMask } from '@superset-ts/shared';
import { useMemo } from 'react';
import type { ChartInteraction } from '../../../visualizations/core/chart-plugin';
import type { DashboardDataMasks } from '../dashboard-contracts';

/** Whether a cross-filter mask selects something (an empty one clears the chart's filter). */
function isSelecting(mask: DataMask): boolean {
  const filters = mask.extraFormData?.filters ?? [];
  return filters.some((filter) => !(Array.isArray(filter.val) && filter.val.length === 0));
}

/** The cross-filters with one chart's mask set, or removed when it selects nothing. */
export function withCrossFilter(
  crossFilters: Readonly<Record<number, DataMask>>,
  chartId: number,
  mask: DataMask,
): Record<number, DataMask> {
  const next: Record<number, DataMask> = { ...crossFilters };
  if (isSelecting(mask)) next[chartId] = mask;
  else delete next[chartId];
  return next;
}

/**
 * Each chart's cross-filter interaction (clicks emit a filter for the other charts), or none
 * when the dashboard turned cross-filters off (`cross_filters_enabled: false`).
 */
export function useCrossFilterInteractions(
  chartIds: readonly number[],
  isEnabled: boolean,
  crossFilters: DashboardDataMasks['crossFilters'],
  onCrossFilter: (chartId: number, mask: DataMask) => void,
): ReadonlyMap<number, ChartInteraction> {
  return useMemo(() => {
    const interactions = new Map<number, ChartInteraction>();
    if (!isEnabled) return interactions;
    for (const chartId of chartIds) {
      const value = crossFilters[chartId]?.filterState?.value;
      interactions.set(chartId, {
        emitCrossFilters: true,
        selectedValues: Array.isArray(value) ? (value as unknown[]) : null,
        setDataMask: (mask) => onCrossFilter(chartId, mask),
      });
    }
    return interactions;
  }, [chartIds, isEnabled, crossFilters, onCrossFilter]);
}
