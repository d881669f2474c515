import type {
  DataMask,
  ExtraFilter,
  ExtraFormData,
  FilterScope,
  NativeFilter,
} from '@superset-ts/shared';
import type { DashboardDataMasks, LoadedDashboard } from '../dashboard-contracts';
import { isChartInFilterScope } from './filter-scope';
import { mergeExtraFormData } from './merge-extra-form-data';
import { filterTarget, isValueFilter, nativeFiltersOf } from './native-filter-items';

/** A filter that selects nothing (`IN []`): a cleared selection, which filters nothing. */
function isEmptySelection(filter: ExtraFilter): boolean {
  return Array.isArray(filter.val) && filter.val.length === 0;
}

/** What a data mask adds to a chart's queries, or null when it adds nothing. */
function effectOf(mask: DataMask | undefined): ExtraFormData | null {
  const extra = mask?.extraFormData;
  if (!extra) return null;
  const filters = (extra.filters ?? []).filter((filter) => !isEmptySelection(filter));
  const effect: ExtraFormData = { ...extra, filters };
  const hasEffect = Object.values(effect).some((value) =>
    Array.isArray(value) ? value.length > 0 : value !== undefined && value !== null && value !== '',
  );
  return hasEffect ? effect : null;
}

/**
 * Whether a native filter applies to a chart: in its scope, and for a value filter (select,
 * range) only on charts of the filter's dataset, as Superset matches filters to charts by
 * column name within a dataset. Time filters apply to every chart in scope.
 */
function doesNativeFilterApply(
  loaded: LoadedDashboard,
  filter: NativeFilter,
  chartId: number,
): boolean {
  if (!isChartInFilterScope(loaded.layout, filter, chartId)) return false;
  if (!isValueFilter(filter)) return true;
  const { datasetId } = filterTarget(filter);
  const chart = loaded.charts.find((candidate) => candidate.id === chartId);
  return datasetId !== undefined && chart?.datasource_id === datasetId;
}

/** The scope of the cross-filters a chart emits: its own setting, else the dashboard's. */
function crossFilterScopeOf(
  loaded: LoadedDashboard,
  emitterId: number,
): { scope?: FilterScope; chartsInScope?: number[] } {
  const own = loaded.metadata.chart_configuration?.[String(emitterId)]?.crossFilters;
  if (own && own.scope !== 'global') {
    return { scope: own.scope, ...(own.chartsInScope ? { chartsInScope: own.chartsInScope } : {}) };
  }
  const global = loaded.metadata.global_chart_configuration;
  if (!global) return {};
  return {
    scope: global.scope,
    ...(global.chartsInScope ? { chartsInScope: global.chartsInScope } : {}),
  };
}

/**
 * What the dashboard's filters add to one chart's form data: the extra form data of every
 * applied native filter in the chart's scope (in the bar's order), then of every active
 * cross-filter in scope emitted by another chart (by emitting chart id). `filters` lists
 * concatenate; other keys are overridden by the later filter.
 */
export function extraFormDataForChart(
  loaded: LoadedDashboard,
  masks: DashboardDataMasks,
  chartId: number,
): ExtraFormData {
  const parts: ExtraFormData[] = [];
  for (const filter of nativeFiltersOf(loaded.metadata)) {
    const effect = effectOf(masks.nativeFilters[filter.id]);
    if (effect && doesNativeFilterApply(loaded, filter, chartId)) parts.push(effect);
  }
  if (loaded.metadata.cross_filters_enabled !== false) {
    const emitters = Object.keys(masks.crossFilters)
      .map(Number)
      .filter((emitterId) => emitterId !== chartId)
      .sort((a, b) => a - b);
    for (const emitterId of emitters) {
      const effect = effectOf(masks.crossFilters[emitterId]);
      const scope = crossFilterScopeOf(loaded, emitterId);
      if (effect && isChartInFilterScope(loaded.layout, scope, chartId)) parts.push(effect);
    }
  }
  return mergeExtraFormData(parts);
}
