import type {
  DashboardJsonMetadata,
  NativeFilter,
  NativeFilterDivider,
  NativeFilterType,
} from '@superset-ts/shared';

/** An item of the filter bar: a native filter or a divider. */
export type FilterBarItem = NativeFilter | NativeFilterDivider;

/** Whether an item of `native_filter_configuration` is a filter (not a divider). */
export function isNativeFilter(item: FilterBarItem): item is NativeFilter {
  return item.type === 'NATIVE_FILTER';
}

/** The native filters of a dashboard's metadata, in the bar's order (dividers left out). */
export function nativeFiltersOf(metadata: DashboardJsonMetadata): NativeFilter[] {
  return (metadata.native_filter_configuration ?? []).filter(isNativeFilter);
}

/** The filter types whose values come from a dataset column (and so need one). */
export const VALUE_FILTER_TYPES: readonly NativeFilterType[] = ['filter_select', 'filter_range'];

/** The filter types that read their choices from a dataset. */
export const DATASET_FILTER_TYPES: readonly NativeFilterType[] = [
  'filter_select',
  'filter_range',
  'filter_timegrain',
  'filter_timecolumn',
];

/** Whether a filter's values come from a dataset column. */
export function isValueFilter(filter: Pick<NativeFilter, 'filterType'>): boolean {
  return VALUE_FILTER_TYPES.includes(filter.filterType);
}

/** The dataset and column a filter reads, when it has them. */
export function filterTarget(filter: NativeFilter): { datasetId?: number; column?: string } {
  const [target] = filter.targets;
  return {
    ...(target?.datasetId !== undefined ? { datasetId: target.datasetId } : {}),
    ...(target?.column?.name ? { column: target.column.name } : {}),
  };
}
