import { z } from 'zod';
import type { DashboardLayout } from './dashboard-layout.js';

/**
 * A dashboard's filters: what native filters and cross-filters add to a chart's queries
 * (extra form data, data masks), the filter configuration and the rest of `json_metadata`.
 */

/** A simple filter a dashboard adds to a chart's queries (`{col, op, val}`). */
export const extraFilterSchema = z.looseObject({
  col: z.union([z.string().min(1).max(1_000), z.looseObject({})]),
  op: z.string().min(1).max(50),
  val: z.unknown().optional(),
  isExtra: z.boolean().optional(),
});
export type ExtraFilter = z.infer<typeof extraFilterSchema>;

/**
 * What native filters and cross-filters add to a chart's form data (Superset's
 * `ExtraFormData`): `filters` and `adhoc_filters` are appended; the other keys override.
 */
export const extraFormDataSchema = z.looseObject({
  filters: z.array(extraFilterSchema).max(1_000).optional(),
  adhoc_filters: z.array(z.looseObject({})).max(1_000).optional(),
  time_range: z.string().max(1_000).optional(),
  granularity_sqla: z.string().max(1_000).optional(),
  time_grain_sqla: z.string().max(100).optional(),
  time_column: z.string().max(1_000).optional(),
  time_grain: z.string().max(100).optional(),
  relative_start: z.string().max(100).optional(),
  relative_end: z.string().max(100).optional(),
  time_compare: z.array(z.string()).optional(),
});
export type ExtraFormData = z.infer<typeof extraFormDataSchema>;

/** One filter's state: what it adds to charts, and what its control shows (`DataMask`). */
export interface DataMask {
  extraFormData?: ExtraFormData;
  filterState?: { value?: unknown; label?: string; [key: string]: unknown };
  ownState?: Record<string, unknown>;
}

/** Where a filter or a cross-filter applies: the tree under `rootPath`, less `excluded` charts. */
export interface FilterScope {
  rootPath: string[];
  excluded: number[];
}

/** The native filter types (`filterType`). */
export const NATIVE_FILTER_TYPES = [
  'filter_select',
  'filter_range',
  'filter_time',
  'filter_timecolumn',
  'filter_timegrain',
] as const;
export type NativeFilterType = (typeof NATIVE_FILTER_TYPES)[number];

/** One entry of `native_filter_configuration` (Superset's `Filter`). */
export interface NativeFilter {
  id: string;
  type: 'NATIVE_FILTER';
  name: string;
  description?: string;
  filterType: NativeFilterType;
  /** The dataset and column the filter reads its values from (none for time filters). */
  targets: { datasetId?: number; column?: { name: string } }[];
  defaultDataMask?: DataMask;
  controlValues?: {
    multiSelect?: boolean;
    enableEmptyFilter?: boolean;
    defaultToFirstItem?: boolean;
    inverseSelection?: boolean;
    searchAllOptions?: boolean;
    sortAscending?: boolean;
    [key: string]: unknown;
  };
  /** Filters whose values narrow this filter's choices (dependent filters). */
  cascadeParentIds?: string[];
  scope?: FilterScope;
  chartsInScope?: number[];
  tabsInScope?: string[];
  [key: string]: unknown;
}

/** A divider between filters of the bar. */
export interface NativeFilterDivider {
  id: string;
  type: 'DIVIDER';
  title: string;
  description?: string;
}

/** A chart's cross-filter settings (`chart_configuration[chartId]`). */
export interface ChartCrossFilterConfiguration {
  id: number;
  crossFilters: { scope: 'global' | FilterScope; chartsInScope?: number[] };
}

/** The parsed `json_metadata` of a dashboard; unknown keys are kept as they are. */
export interface DashboardJsonMetadata {
  native_filter_configuration?: (NativeFilter | NativeFilterDivider)[];
  chart_configuration?: Record<string, ChartCrossFilterConfiguration>;
  global_chart_configuration?: { scope: FilterScope; chartsInScope?: number[] };
  cross_filters_enabled?: boolean;
  color_scheme?: string;
  color_namespace?: string;
  label_colors?: Record<string, string>;
  shared_label_colors?: string[];
  refresh_frequency?: number;
  timed_refresh_immune_slices?: number[];
  expanded_slices?: Record<string, boolean>;
  default_filters?: string;
  filter_bar_orientation?: 'VERTICAL' | 'HORIZONTAL';
  show_chart_timestamps?: boolean;
  positions?: DashboardLayout;
  [key: string]: unknown;
}
