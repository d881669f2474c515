import {
  GRID_COLUMN_COUNT,
  type DashboardLayout,
  type LayoutComponentType,
  type LayoutItem,
} from '@superset-ts/shared';
import { childDepthIn, depthOf, isValidChild, shouldWrapInRow } from './layout-rules';
import { findItem, widthOf } from './layout-tree';
import { GRID_ID, ROOT_ID } from '@superset-ts/shared';

/** Where a component goes: into `parentId`, before the child now at `index` (or last). */
export interface DropTarget {
  parentId: string;
  index: number;
}

/** How a component fits at a target: straight in, wrapped in a new ROW, or refused. */
export type Placement =
  { kind: 'direct' } | { kind: 'wrapInRow' } | { kind: 'refused'; reason: string };

const TYPE_NAMES: Record<LayoutComponentType, string> = {
  ROOT: 'the dashboard',
  GRID: 'the grid',
  HEADER: 'a header',
  ROW: 'a row',
  COLUMN: 'a column',
  CHART: 'a chart',
  MARKDOWN: 'a markdown block',
  TABS: 'tabs',
  TAB: 'a tab',
  DIVIDER: 'a divider',
};

/**
 * Whether a `childType` node (taking `width` columns) may go into the target; `movingId` is
 * the node being moved, whose own width does not count against a row it is already in.
 */
export function placementAt(
  layout: DashboardLayout,
  childType: LayoutComponentType,
  width: number,
  target: DropTarget,
  movingId?: string,
): Placement {
  const parent = findItem(layout, target.parentId);
  if (!parent) return { kind: 'refused', reason: 'That place is no longer on the dashboard.' };
  const refused = (): Placement => ({
    kind: 'refused',
    reason: `${capitalise(TYPE_NAMES[childType])} cannot go into ${TYPE_NAMES[parent.type]} here.`,
  });
  if (parent.type === 'ROOT' && movingId !== undefined) {
    return { kind: 'refused', reason: 'Only new tabs can become the top-level tabs.' };
  }
  const parentDepth = depthOf(layout, target.parentId);
  if (parentDepth < 0) return refused();
  if (shouldWrapInRow(parent.type, childType)) {
    const rowDepth = childDepthIn(layout, target.parentId);
    return isValidChild(parent.type, 'ROW', parentDepth) && isValidChild('ROW', childType, rowDepth)
      ? { kind: 'wrapInRow' }
      : refused();
  }
  if (!isValidChild(parent.type, childType, parentDepth)) return refused();
  if (parent.type === 'ROW') {
    const taken = parent.children
      .filter((id) => id !== movingId)
      .reduce((sum, id) => {
        const sibling = findItem(layout, id);
        return sum + (sibling ? widthOf(sibling) : 0);
      }, 0);
    if (taken + width > GRID_COLUMN_COUNT) {
      return {
        kind: 'refused',
        reason: `This row has ${GRID_COLUMN_COUNT - taken} free column(s) and ${TYPE_NAMES[childType]} needs ${width}: make room first.`,
      };
    }
  }
  return { kind: 'direct' };
}

/** The columns a node would take in a row. */
export function placementWidth(item: Pick<LayoutItem, 'type' | 'meta'>): number {
  return item.type === 'CHART' || item.type === 'MARKDOWN' || item.type === 'COLUMN'
    ? widthOf(item)
    : GRID_COLUMN_COUNT;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * Where "Add" (the keyboard way to add from the side panel) puts a component: the end of the
 * grid, or of the first top-level tab when the dashboard has top-level tabs.
 */
export function appendTarget(layout: DashboardLayout): DropTarget {
  const top = findItem(layout, findItem(layout, ROOT_ID)?.children[0] ?? GRID_ID);
  const container = top?.type === 'TABS' ? findItem(layout, top.children[0] ?? '') : top;
  return container
    ? { parentId: container.id, index: container.children.length }
    : { parentId: GRID_ID, index: 0 };
}
