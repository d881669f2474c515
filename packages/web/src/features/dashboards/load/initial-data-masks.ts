import type { DashboardPermalinkState, DataMask } from '@superset-ts/shared';
import type { DashboardDataMasks, LoadedDashboard } from '../dashboard-contracts';
import { nativeFiltersOf } from '../filters/native-filter-items';

function nativeFilterIds(loaded: LoadedDashboard): string[] {
  return nativeFiltersOf(loaded.metadata).map((entry) => entry.id);
}

/** The filters a dashboard opens with: each native filter's default value, no cross-filter. */
export function defaultDataMasks(loaded: LoadedDashboard): DashboardDataMasks {
  const nativeFilters: Record<string, DataMask> = {};
  for (const entry of nativeFiltersOf(loaded.metadata)) {
    if (entry.defaultDataMask) nativeFilters[entry.id] = entry.defaultDataMask;
  }
  return { nativeFilters, crossFilters: {} };
}

/**
 * The filters of a permalink's state, as Superset stores them in one `dataMask` object: native
 * filters under their filter id, cross-filters under the emitting chart's id. Filters the
 * dashboard no longer has are dropped; native filters the state does not name keep their default.
 */
export function dataMasksFromPermalink(
  loaded: LoadedDashboard,
  state: DashboardPermalinkState,
): DashboardDataMasks {
  const masks = defaultDataMasks(loaded);
  const filterIds = new Set(nativeFilterIds(loaded));
  const chartIds = new Set(loaded.charts.map((chart) => chart.id));
  for (const [key, value] of Object.entries(state.dataMask ?? {})) {
    const mask = value as DataMask;
    if (filterIds.has(key)) masks.nativeFilters[key] = mask;
    else if (/^\d+$/.test(key) && chartIds.has(Number(key))) masks.crossFilters[Number(key)] = mask;
  }
  return masks;
}

/** The one `dataMask` object of a permalink's state (Superset's shape). */
export function dataMaskForPermalink(
  masks: DashboardDataMasks,
): NonNullable<DashboardPermalinkState['dataMask']> {
  const dataMask: NonNullable<DashboardPermalinkState['dataMask']> = {};
  for (const [filterId, mask] of Object.entries(masks.nativeFilters))
    dataMask[filterId] = { ...mask };
  for (const [chartId, mask] of Object.entries(masks.crossFilters)) dataMask[chartId] = { ...mask };
  return dataMask;
}
