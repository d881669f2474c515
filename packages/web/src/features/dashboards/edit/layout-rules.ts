import { ROOT_ID, type DashboardLayout, type LayoutComponentType } from '@superset-ts/shared';
import { findItem, findParentId } from './layout-tree';

/**
 * Which component may hold which, following Superset's `isValidChild`: a parent type accepts a
 * child type only up to a nesting depth, so containers cannot nest forever. Depth counts from
 * the root (0); TABS and TAB do not deepen what they hold, except that the content of a
 * top-level tab sits one level below it (as Superset renders it in a grid).
 */
const MAX_PARENT_DEPTH: Partial<
  Record<LayoutComponentType, Partial<Record<LayoutComponentType, number>>>
> = {
  ROOT: { TABS: 0, GRID: 0 },
  GRID: { CHART: 1, MARKDOWN: 1, COLUMN: 1, DIVIDER: 1, HEADER: 1, ROW: 1, TABS: 1 },
  ROW: { CHART: 4, MARKDOWN: 4, COLUMN: 4 },
  TABS: { TAB: 3 },
  TAB: { CHART: 5, MARKDOWN: 5, COLUMN: 3, DIVIDER: 5, HEADER: 5, ROW: 3, TABS: 3 },
  COLUMN: { CHART: 5, HEADER: 5, MARKDOWN: 5, ROW: 3, DIVIDER: 3, TABS: 3 },
};

/** Types that Superset wraps in a new ROW when dropped straight onto the grid or a tab. */
const WRAPPED_IN_ROW: readonly LayoutComponentType[] = ['CHART', 'MARKDOWN', 'COLUMN'];

/** Whether a `childType` may go into a `parentType` node that sits at `parentDepth`. */
export function isValidChild(
  parentType: LayoutComponentType,
  childType: LayoutComponentType,
  parentDepth: number,
): boolean {
  const maxDepth = MAX_PARENT_DEPTH[parentType]?.[childType];
  return maxDepth !== undefined && parentDepth <= maxDepth;
}

/** Whether a `childType` dropped into a `parentType` goes into a new ROW there. */
export function shouldWrapInRow(
  parentType: LayoutComponentType,
  childType: LayoutComponentType,
): boolean {
  return (parentType === 'GRID' || parentType === 'TAB') && WRAPPED_IN_ROW.includes(childType);
}

function isTopLevelTab(layout: DashboardLayout, tabId: string): boolean {
  const tabsId = findParentId(layout, tabId);
  return tabsId !== undefined && findParentId(layout, tabsId) === ROOT_ID;
}

/** How deep `id` sits (the root is 0); -1 when it is not under the root. */
export function depthOf(layout: DashboardLayout, id: string): number {
  if (id === ROOT_ID) return 0;
  const parentId = findParentId(layout, id);
  return parentId === undefined ? -1 : childDepthIn(layout, parentId);
}

/**
 * The depth a node placed directly in `parentId` gets (what `depthOf` would say once it is
 * there), so rules can be checked for nodes not yet inserted.
 */
export function childDepthIn(layout: DashboardLayout, parentId: string): number {
  const parent = findItem(layout, parentId);
  const parentDepth = depthOf(layout, parentId);
  if (!parent || parentDepth < 0) return -1;
  if (parent.type === 'TABS') return parentDepth;
  if (parent.type === 'TAB') return isTopLevelTab(layout, parentId) ? parentDepth + 1 : parentDepth;
  return parentDepth + 1;
}
