import type { DashboardJsonMetadata, DataMask, NativeFilter } from '@superset-ts/shared';
import { EMPTY_MASK, isFilterRequired, isMaskEmpty } from './filter-data-mask';
import { nativeFiltersOf } from './native-filter-items';

/** Native filter masks by filter id. */
export type NativeFilterMasks = Record<string, DataMask>;

/**
 * The masks a dashboard opens with: each native filter's default value (`defaultDataMask`),
 * for the page to apply before the user touches the bar.
 */
export function defaultNativeFilterMasks(metadata: DashboardJsonMetadata): NativeFilterMasks {
  const masks: NativeFilterMasks = {};
  for (const filter of nativeFiltersOf(metadata)) {
    if (filter.defaultDataMask?.extraFormData) masks[filter.id] = filter.defaultDataMask;
  }
  return masks;
}

function sameMask(a: DataMask | undefined, b: DataMask | undefined): boolean {
  const extraA = JSON.stringify(a?.extraFormData ?? EMPTY_MASK.extraFormData);
  const extraB = JSON.stringify(b?.extraFormData ?? EMPTY_MASK.extraFormData);
  return extraA === extraB;
}

/** Whether the bar's edits differ from what is applied, for the given filters. */
export function hasPendingChanges(
  filters: readonly NativeFilter[],
  pending: NativeFilterMasks,
  applied: NativeFilterMasks,
): boolean {
  return filters.some((filter) => !sameMask(pending[filter.id], applied[filter.id]));
}

/** The required filters that have no value in `masks`. */
export function missingRequiredFilters(
  filters: readonly NativeFilter[],
  masks: NativeFilterMasks,
): NativeFilter[] {
  return filters.filter((filter) => isFilterRequired(filter) && isMaskEmpty(masks[filter.id]));
}

/**
 * The masks of `filterIds`' parents (`cascadeParentIds`) in `masks`, whose filters narrow the
 * choices of a dependent filter.
 */
export function parentFiltersOf(
  filter: NativeFilter,
  masks: NativeFilterMasks,
): NonNullable<NonNullable<DataMask['extraFormData']>['filters']> {
  return (filter.cascadeParentIds ?? []).flatMap(
    (parentId) => masks[parentId]?.extraFormData?.filters ?? [],
  );
}
