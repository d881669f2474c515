import type { DashboardJsonMetadata } from '@superset-ts/shared';
import type { LoadedDashboard } from '../../dashboard-contracts';
import { chartIdsInScope } from '../filter-scope';
import { isNativeFilter, type FilterBarItem } from '../native-filter-items';

/**
 * The dashboard's metadata with a new filter configuration: every other key kept as it is,
 * each filter's `chartsInScope` worked out from its scope and the layout (as Superset stores
 * it), and parents that were removed dropped.
 */
export function metadataWithFilters(
  loaded: LoadedDashboard,
  items: readonly FilterBarItem[],
): DashboardJsonMetadata {
  const chartIds = loaded.charts.map((chart) => chart.id);
  const filterIds = new Set(items.filter(isNativeFilter).map((filter) => filter.id));
  const configuration = items.map((item) => {
    if (!isNativeFilter(item)) return item;
    return {
      ...item,
      cascadeParentIds: (item.cascadeParentIds ?? []).filter((id) => filterIds.has(id)),
      ...(item.scope
        ? { chartsInScope: chartIdsInScope(loaded.layout, item.scope, chartIds) }
        : {}),
    };
  });
  return { ...loaded.metadata, native_filter_configuration: configuration };
}
