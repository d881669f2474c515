import {
  ROOT_ID,
  type ChartCrossFilterConfiguration,
  type DashboardJsonMetadata,
  type NativeFilter,
} from '@superset-ts/shared';

const everywhere = (excluded: readonly number[] = []) => ({
  rootPath: [ROOT_ID],
  excluded: [...excluded],
});

function filterId(name: string): string {
  return `NATIVE_FILTER-${name.replace(/[^A-Za-z0-9]+/g, '_')}`;
}

/** A value filter (a select) on `column` of a dataset, on every chart. */
export function selectFilter(
  name: string,
  datasetId: number,
  column: string,
  options: {
    multiSelect?: boolean;
    parents?: string[];
    description?: string;
    /** Charts the filter does not apply to (those over other datasets). */
    excluded?: readonly number[];
  } = {},
): NativeFilter {
  return {
    id: filterId(name),
    type: 'NATIVE_FILTER',
    name,
    description: options.description ?? '',
    filterType: 'filter_select',
    targets: [{ datasetId, column: { name: column } }],
    defaultDataMask: { extraFormData: {}, filterState: {} },
    controlValues: {
      multiSelect: options.multiSelect ?? true,
      enableEmptyFilter: false,
      defaultToFirstItem: false,
      inverseSelection: false,
      searchAllOptions: false,
      sortAscending: true,
    },
    cascadeParentIds: (options.parents ?? []).map(filterId),
    scope: everywhere(options.excluded),
  };
}

/** A numeric range filter on `column` of a dataset. */
export function rangeFilter(name: string, datasetId: number, column: string): NativeFilter {
  return {
    id: filterId(name),
    type: 'NATIVE_FILTER',
    name,
    description: '',
    filterType: 'filter_range',
    targets: [{ datasetId, column: { name: column } }],
    defaultDataMask: { extraFormData: {}, filterState: {} },
    controlValues: { enableEmptyFilter: false },
    cascadeParentIds: [],
    scope: everywhere(),
  };
}

/** A time range filter (applies to each chart's time column); `timeRange` its default. */
export function timeRangeFilter(name: string, timeRange = 'No filter'): NativeFilter {
  const hasDefault = timeRange !== 'No filter';
  return {
    id: filterId(name),
    type: 'NATIVE_FILTER',
    name,
    description: '',
    filterType: 'filter_time',
    targets: [{}],
    defaultDataMask: hasDefault
      ? { extraFormData: { time_range: timeRange }, filterState: { value: timeRange } }
      : { extraFormData: {}, filterState: {} },
    controlValues: { enableEmptyFilter: false },
    cascadeParentIds: [],
    scope: everywhere(),
  };
}

/** A time grain filter (day, week, month...) over a dataset's time column. */
export function timeGrainFilter(name: string, datasetId: number): NativeFilter {
  return {
    id: filterId(name),
    type: 'NATIVE_FILTER',
    name,
    description: '',
    filterType: 'filter_timegrain',
    targets: [{ datasetId }],
    defaultDataMask: { extraFormData: {}, filterState: {} },
    controlValues: { enableEmptyFilter: false },
    cascadeParentIds: [],
    scope: everywhere(),
  };
}

/**
 * The json_metadata settings that let every chart of `chartIds` cross-filter all the others
 * (Superset's default when cross-filters are on).
 */
export function crossFilterSettings(chartIds: readonly number[]): DashboardJsonMetadata {
  const chartConfiguration: Record<string, ChartCrossFilterConfiguration> = {};
  for (const id of chartIds) {
    chartConfiguration[String(id)] = {
      id,
      crossFilters: { scope: 'global', chartsInScope: chartIds.filter((other) => other !== id) },
    };
  }
  return {
    cross_filters_enabled: true,
    chart_configuration: chartConfiguration,
    global_chart_configuration: { scope: everywhere(), chartsInScope: [...chartIds] },
  };
}
