import type { DashboardDataMasks, LoadedDashboard } from '../dashboard-contracts';

/** An active cross-filter as the bar lists it. */
export interface ActiveCrossFilter {
  chartId: number;
  chartName: string;
  /** The filtered column(s), joined with ", ". */
  column: string;
  /** The selected value(s) as the chart labelled them. */
  valueLabel: string;
}

function text(value: unknown): string {
  if (value === null) return '<NULL>';
  if (Array.isArray(value)) return value.map(text).join(', ');
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value) ?? '';
}

function columnText(col: unknown): string {
  if (typeof col === 'string') return col;
  if (typeof col === 'object' && col !== null && 'label' in col && typeof col.label === 'string') {
    return col.label;
  }
  return text(col);
}

/**
 * The cross-filters that filter something (a selection, not a cleared one), by emitting
 * chart id, named after the chart that set them.
 */
export function activeCrossFilters(
  loaded: LoadedDashboard,
  crossFilters: DashboardDataMasks['crossFilters'],
): ActiveCrossFilter[] {
  return Object.entries(crossFilters)
    .map(([key, mask]) => ({ chartId: Number(key), mask }))
    .filter(({ mask }) =>
      (mask.extraFormData?.filters ?? []).some(
        (filter) => !Array.isArray(filter.val) || filter.val.length > 0,
      ),
    )
    .sort((a, b) => a.chartId - b.chartId)
    .map(({ chartId, mask }) => {
      const filters = mask.extraFormData?.filters ?? [];
      const chart = loaded.charts.find((candidate) => candidate.id === chartId);
      return {
        chartId,
        chartName: chart?.slice_name ?? `Chart ${chartId}`,
        column: filters.map((filter) => columnText(filter.col)).join(', '),
        valueLabel: mask.filterState?.label ?? text(mask.filterState?.value ?? filters[0]?.val),
      };
    });
}
