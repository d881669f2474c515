import { ROOT_ID, type DashboardLayout, type FilterScope } from '@superset-ts/shared';
import { chartIdsInScope } from '../filter-scope';

/** How the editor shows a scope: every chart, or the charts picked. */
export type ScopeChoice = { kind: 'all' } | { kind: 'charts'; chartIds: number[] };

/** The editor's reading of a saved scope. */
export function scopeChoiceOf(
  layout: DashboardLayout,
  scope: FilterScope | undefined,
  chartIds: readonly number[],
): ScopeChoice {
  if (!scope || (scope.rootPath.includes(ROOT_ID) && scope.excluded.length === 0)) {
    return { kind: 'all' };
  }
  return { kind: 'charts', chartIds: chartIdsInScope(layout, scope, chartIds) };
}

/** The scope saved for a choice: the whole dashboard less the charts not picked. */
export function scopeOfChoice(choice: ScopeChoice, chartIds: readonly number[]): FilterScope {
  if (choice.kind === 'all') return { rootPath: [ROOT_ID], excluded: [] };
  const picked = new Set(choice.chartIds);
  return { rootPath: [ROOT_ID], excluded: chartIds.filter((chartId) => !picked.has(chartId)) };
}
