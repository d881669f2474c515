import {
  GRID_ID,
  HEADER_ID,
  ROOT_ID,
  type DashboardLayout,
  type LayoutItem,
} from '@superset-ts/shared';
import {
  buildComponent,
  buildTab,
  newComponentId,
  type IdFactory,
  type NewComponentSpec,
} from './new-components';
import { placementAt, placementWidth, type DropTarget } from './layout-placement';
import {
  findItem,
  findParentId,
  isWithin,
  subtreeIds,
  withChildren,
  withParents,
} from './layout-tree';

/**
 * The editor's changes to a layout, as pure functions: each returns the new layout (with
 * `parents` rebuilt) and the id of the component concerned, or why the change is refused.
 */
export type LayoutChange =
  { ok: true; layout: DashboardLayout; id: string } | { ok: false; reason: string };

export type { DropTarget } from './layout-placement';

const FIXED_IDS = new Set([ROOT_ID, GRID_ID, HEADER_ID]);

const refuse = (reason: string): LayoutChange => ({ ok: false, reason });

function insertAt(list: readonly string[], index: number, id: string): string[] {
  const at = Math.max(0, Math.min(index, list.length));
  return [...list.slice(0, at), id, ...list.slice(at)];
}

/** Puts an existing (detached) node into the target, wrapping it in a new ROW where needed. */
function attach(
  layout: DashboardLayout,
  node: LayoutItem,
  target: DropTarget,
  movingId: string | undefined,
  makeId: IdFactory,
): LayoutChange {
  const placement = placementAt(layout, node.type, placementWidth(node), target, movingId);
  if (placement.kind === 'refused') return refuse(placement.reason);
  const parent = findItem(layout, target.parentId);
  if (!parent) return refuse('That place is no longer on the dashboard.');
  let next: DashboardLayout = { ...layout, [node.id]: node };
  let placedId = node.id;
  if (placement.kind === 'wrapInRow') {
    const row = { ...buildComponent({ type: 'ROW' }, makeId), children: [node.id] };
    next[row.id] = row;
    placedId = row.id;
  }
  next = withChildren(next, parent.id, insertAt(parent.children, target.index, placedId));
  return { ok: true, layout: withParents(next), id: node.id };
}

/** Makes the dashboard's top-level tabs: one tab holding what the grid held. */
function createTopLevelTabs(layout: DashboardLayout, makeId: IdFactory): LayoutChange {
  const root = findItem(layout, ROOT_ID);
  const grid = findItem(layout, GRID_ID);
  if (!root || !grid || root.children[0] !== GRID_ID) {
    return refuse('The dashboard already has top-level tabs.');
  }
  const tab = { ...buildTab(makeId), children: [...grid.children] };
  const tabs = { ...buildComponent({ type: 'TABS' }, makeId), children: [tab.id] };
  const next: DashboardLayout = {
    ...layout,
    [ROOT_ID]: { ...root, children: [tabs.id] },
    [GRID_ID]: { ...grid, children: [] },
    [tabs.id]: tabs,
    [tab.id]: tab,
  };
  return { ok: true, layout: withParents(next), id: tabs.id };
}

/**
 * Adds a new component from the side panel at `target`. A chart, markdown or column dropped
 * on the grid or a tab goes into a new ROW (as Superset does); TABS come with one TAB; TABS
 * dropped on the root become the dashboard's top-level tabs, holding what the grid held.
 */
export function insertComponent(
  layout: DashboardLayout,
  spec: NewComponentSpec,
  target: DropTarget,
  makeId: IdFactory = newComponentId,
): LayoutChange {
  if (target.parentId === ROOT_ID && spec.type === 'TABS') {
    return createTopLevelTabs(layout, makeId);
  }
  const node = buildComponent(spec, makeId);
  if (spec.type !== 'TABS') return attach(layout, node, target, undefined, makeId);
  const tab = buildTab(makeId);
  const change = attach(layout, { ...node, children: [tab.id] }, target, undefined, makeId);
  return change.ok
    ? { ...change, layout: withParents({ ...change.layout, [tab.id]: tab }) }
    : change;
}

/** Removes `id` from its parent's children, and the parent too when it is a ROW left empty. */
function detach(layout: DashboardLayout, id: string): DashboardLayout {
  const parentId = findParentId(layout, id);
  const parent = parentId === undefined ? undefined : findItem(layout, parentId);
  if (!parent) return layout;
  const children = parent.children.filter((childId) => childId !== id);
  const next = withChildren(layout, parent.id, children);
  if (children.length > 0 || parent.type !== 'ROW') return next;
  const emptied = detach(next, parent.id);
  const { [parent.id]: _removed, ...rest } = emptied;
  return rest;
}

/**
 * Moves `id` (and what it holds) to `target`: reordering in its parent, into another row,
 * column or tab. Charts moved onto the grid or a tab go into a new ROW; a ROW left empty is
 * removed. Refused for the root, grid and header, into itself, and where the rules forbid.
 */
export function moveComponent(
  layout: DashboardLayout,
  id: string,
  target: DropTarget,
  makeId: IdFactory = newComponentId,
): LayoutChange {
  const node = findItem(layout, id);
  if (!node || FIXED_IDS.has(id)) return refuse('This component cannot be moved.');
  if (isWithin(layout, target.parentId, id)) {
    return refuse('A component cannot be moved into itself.');
  }
  const oldParentId = findParentId(layout, id);
  const oldIndex = oldParentId ? (findItem(layout, oldParentId)?.children.indexOf(id) ?? -1) : -1;
  const placement = placementAt(layout, node.type, placementWidth(node), target, id);
  if (placement.kind === 'refused') return refuse(placement.reason);
  const isSameParent = oldParentId === target.parentId;
  if (isSameParent && (target.index === oldIndex || target.index === oldIndex + 1)) {
    return refuse('The component is already there.');
  }
  const followers = findItem(layout, target.parentId)?.children.slice(target.index) ?? [];
  const detached = detach(layout, id);
  const newParent = findItem(detached, target.parentId);
  if (!newParent) return refuse('That place is no longer on the dashboard.');
  // Detaching may remove the moved node and an emptied row before the target: place the node
  // before the first sibling that followed the target and is still there.
  const follower = followers.find((childId) => newParent.children.includes(childId));
  const index =
    follower === undefined ? newParent.children.length : newParent.children.indexOf(follower);
  return attach(detached, node, { parentId: target.parentId, index }, id, makeId);
}

/** Moves `id` one place earlier (-1) or later (+1) among its siblings: the keyboard way. */
export function moveComponentBy(layout: DashboardLayout, id: string, offset: -1 | 1): LayoutChange {
  const parentId = findParentId(layout, id);
  const parent = parentId === undefined ? undefined : findItem(layout, parentId);
  if (!parent || FIXED_IDS.has(id)) return refuse('This component cannot be moved.');
  const index = parent.children.indexOf(id);
  const nextIndex = index + offset;
  if (nextIndex < 0 || nextIndex >= parent.children.length) {
    return refuse(offset < 0 ? 'It is already first.' : 'It is already last.');
  }
  const children = [...parent.children];
  children[index] = children[nextIndex]!;
  children[nextIndex] = id;
  return { ok: true, layout: withParents(withChildren(layout, parent.id, children)), id };
}

/** Puts what every top-level tab held back into the grid, and removes the tabs. */
function removeTopLevelTabs(layout: DashboardLayout, tabsId: string): LayoutChange {
  const tabs = findItem(layout, tabsId);
  const root = findItem(layout, ROOT_ID);
  if (!tabs || !root) return refuse('This component is not on the dashboard.');
  const grid = findItem(layout, GRID_ID) ?? { id: GRID_ID, type: 'GRID', children: [], meta: {} };
  const content = tabs.children.flatMap((tabId) => findItem(layout, tabId)?.children ?? []);
  const next: DashboardLayout = { ...layout };
  delete next[tabsId];
  tabs.children.forEach((tabId) => delete next[tabId]);
  next[GRID_ID] = { ...grid, children: [...grid.children, ...content] };
  next[ROOT_ID] = { ...root, children: [GRID_ID] };
  return { ok: true, layout: withParents(next), id: tabsId };
}

/**
 * Deletes `id` and everything under it (charts leave the layout; the charts themselves stay
 * saved). A ROW left empty goes too; deleting the last tab deletes its tabs. Deleting the
 * top-level tabs keeps their content, moved back into the grid.
 */
export function deleteComponent(layout: DashboardLayout, id: string): LayoutChange {
  const node = findItem(layout, id);
  if (!node || FIXED_IDS.has(id)) return refuse('This component cannot be deleted.');
  const parentId = findParentId(layout, id);
  if (node.type === 'TABS' && parentId === ROOT_ID) return removeTopLevelTabs(layout, id);
  const parent = parentId === undefined ? undefined : findItem(layout, parentId);
  if (node.type === 'TAB' && parent?.type === 'TABS' && parent.children.length === 1) {
    if (findParentId(layout, parent.id) !== ROOT_ID) return deleteComponent(layout, parent.id);
    const emptied = withChildren(layout, id, []);
    const change = removeTopLevelTabs(emptied, parent.id);
    return change.ok
      ? { ...change, layout: withoutNodes(change.layout, subtreeIds(layout, id)) }
      : change;
  }
  const removed = subtreeIds(layout, id);
  return { ok: true, layout: withParents(withoutNodes(detach(layout, id), removed)), id };
}

function withoutNodes(layout: DashboardLayout, ids: readonly string[]): DashboardLayout {
  const next = { ...layout };
  ids.forEach((nodeId) => delete next[nodeId]);
  return next;
}

/** Adds a new tab at the end of a TABS component. */
export function addTab(
  layout: DashboardLayout,
  tabsId: string,
  makeId: IdFactory = newComponentId,
): LayoutChange {
  const tabs = findItem(layout, tabsId);
  if (tabs?.type !== 'TABS') return refuse('Tabs can only be added to a tabs component.');
  const tab = buildTab(makeId);
  const next = withChildren({ ...layout, [tab.id]: tab }, tabsId, [...tabs.children, tab.id]);
  return { ok: true, layout: withParents(next), id: tab.id };
}
