import {
  GRID_DEFAULT_CHART_WIDTH,
  ROOT_ID,
  type DashboardLayout,
  type LayoutItem,
} from '@superset-ts/shared';

/**
 * Reading and rebuilding a layout tree. The `children` arrays are the truth; `parents` is
 * derived from them (and rebuilt after every change, so it can never drift).
 */

/** The node of `id` as a layout item, or undefined (the version key is not a node). */
export function findItem(layout: DashboardLayout, id: string): LayoutItem | undefined {
  const item = layout[id];
  return typeof item === 'object' && item !== null && Array.isArray(item.children)
    ? item
    : undefined;
}

/** The id of the node holding `id` as a child, or undefined for the root and orphans. */
export function findParentId(layout: DashboardLayout, id: string): string | undefined {
  for (const [parentId, item] of Object.entries(layout)) {
    if (findItem(layout, parentId) && item.children.includes(id)) return parentId;
  }
  return undefined;
}

/** `id` and every node below it. */
export function subtreeIds(layout: DashboardLayout, id: string): string[] {
  const ids: string[] = [];
  const visit = (nodeId: string) => {
    const item = findItem(layout, nodeId);
    if (!item || ids.includes(nodeId)) return;
    ids.push(nodeId);
    item.children.forEach(visit);
  };
  visit(id);
  return ids;
}

/** Whether `id` is `ancestorId` or lies below it. */
export function isWithin(layout: DashboardLayout, id: string, ancestorId: string): boolean {
  return subtreeIds(layout, ancestorId).includes(id);
}

/** The chart ids shown by the layout's CHART nodes under the root. */
export function chartIdsInLayout(layout: DashboardLayout): Set<number> {
  const ids = new Set<number>();
  for (const nodeId of subtreeIds(layout, ROOT_ID)) {
    const chartId = findItem(layout, nodeId)?.meta.chartId;
    if (typeof chartId === 'number') ids.add(chartId);
  }
  return ids;
}

/** The columns a node takes in a row (charts, markdown and columns; default 4). */
export function widthOf(item: Pick<LayoutItem, 'meta'>): number {
  const width = item.meta.width;
  return typeof width === 'number' && width > 0 ? width : GRID_DEFAULT_CHART_WIDTH;
}

/** A copy of `layout` with every `parents` array under the root rebuilt from `children`. */
export function withParents(layout: DashboardLayout): DashboardLayout {
  const next: DashboardLayout = { ...layout };
  const visit = (id: string, parents: string[]) => {
    const item = findItem(next, id);
    if (!item) return;
    const isSame =
      item.parents?.length === parents.length && parents.every((p, i) => item.parents?.[i] === p);
    if (!isSame && id !== ROOT_ID) next[id] = { ...item, parents };
    const childParents = [...parents, id];
    item.children.forEach((childId) => visit(childId, childParents));
  };
  visit(ROOT_ID, []);
  return next;
}

/** A copy of `layout` where `id`'s children are replaced (the node must exist). */
export function withChildren(
  layout: DashboardLayout,
  id: string,
  children: string[],
): DashboardLayout {
  const item = findItem(layout, id);
  return item ? { ...layout, [id]: { ...item, children } } : layout;
}
