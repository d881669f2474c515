import { ROOT_ID, type DashboardLayout, type FilterScope } from '@superset-ts/shared';

/** The scope of a filter that sets none: every chart of the dashboard. */
export const GLOBAL_SCOPE: FilterScope = { rootPath: [ROOT_ID], excluded: [] };

/** The ids of the layout components holding each chart (its CHART node and every ancestor). */
function ancestorIdsOfChart(layout: DashboardLayout, chartId: number): Set<string> {
  const parentOf = new Map<string, string>();
  for (const item of Object.values(layout)) {
    if (typeof item !== 'object' || !Array.isArray(item.children)) continue;
    for (const child of item.children) parentOf.set(child, item.id);
  }
  const ids = new Set<string>();
  for (const item of Object.values(layout)) {
    if (typeof item !== 'object' || item.type !== 'CHART' || item.meta.chartId !== chartId)
      continue;
    let current: string | undefined = item.id;
    while (current !== undefined && !ids.has(current)) {
      ids.add(current);
      current = parentOf.get(current);
    }
  }
  return ids;
}

/**
 * Whether a chart is in a scope (Superset's `scope.rootPath` / `scope.excluded`): not excluded,
 * and placed under one of the root path's components. A root path holding `ROOT_ID` covers
 * every chart, even one the layout does not place.
 */
export function isChartInScope(
  layout: DashboardLayout,
  scope: FilterScope,
  chartId: number,
): boolean {
  if (scope.excluded.includes(chartId)) return false;
  if (scope.rootPath.includes(ROOT_ID)) return true;
  const ancestors = ancestorIdsOfChart(layout, chartId);
  return scope.rootPath.some((id) => ancestors.has(id));
}

/** The charts of `chartIds` in a scope, in the same order (what `chartsInScope` stores). */
export function chartIdsInScope(
  layout: DashboardLayout,
  scope: FilterScope,
  chartIds: readonly number[],
): number[] {
  return chartIds.filter((chartId) => isChartInScope(layout, scope, chartId));
}

/**
 * Whether a chart is in the scope of a filter or cross-filter: by its `scope` against the
 * layout when it has one (so charts added since the filter was saved follow the tree), by the
 * saved `chartsInScope` list otherwise, and everywhere when it has neither.
 */
export function isChartInFilterScope(
  layout: DashboardLayout,
  target: { scope?: FilterScope | undefined; chartsInScope?: readonly number[] | undefined },
  chartId: number,
): boolean {
  if (target.scope) return isChartInScope(layout, target.scope, chartId);
  if (target.chartsInScope) return target.chartsInScope.includes(chartId);
  return true;
}
