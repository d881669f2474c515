import {
  GRID_ID,
  HEADER_ID,
  ROOT_ID,
  type DashboardLayout,
  type LayoutComponentType,
  type LayoutItem,
  type LayoutMeta,
} from '@superset-ts/shared';
import type { IdFactory } from '../new-components';
import { withParents } from '../layout-tree';

/** One layout node (parents are filled in by `buildLayout`). */
export function node(
  id: string,
  type: LayoutComponentType,
  children: string[] = [],
  meta: LayoutMeta = {},
): LayoutItem {
  return { id, type, children, meta };
}

/** A chart node showing chart `chartId`, 4 columns wide unless told. */
export function chartNode(id: string, chartId: number, width = 4): LayoutItem {
  return node(id, 'CHART', [], { chartId, sliceName: `Chart ${chartId}`, width, height: 50 });
}

/**
 * A layout: ROOT > GRID holding `gridChildren`, the title header, and `nodes`, with parents
 * rebuilt.
 */
export function buildLayout(gridChildren: string[], nodes: LayoutItem[]): DashboardLayout {
  const layout: DashboardLayout = {
    [ROOT_ID]: node(ROOT_ID, 'ROOT', [GRID_ID]),
    [GRID_ID]: node(GRID_ID, 'GRID', gridChildren),
    [HEADER_ID]: node(HEADER_ID, 'HEADER', [], { text: 'Sales' }),
  };
  for (const item of nodes) layout[item.id] = item;
  return withParents(layout);
}

/**
 * The usual test dashboard: ROW-1 holds CHART-1 and CHART-2 (charts 1 and 2, 4 columns each),
 * ROW-2 holds MARKDOWN-1 (4 columns).
 */
export function twoRowLayout(): DashboardLayout {
  return buildLayout(
    ['ROW-1', 'ROW-2'],
    [
      node('ROW-1', 'ROW', ['CHART-1', 'CHART-2']),
      chartNode('CHART-1', 1),
      chartNode('CHART-2', 2),
      node('ROW-2', 'ROW', ['MARKDOWN-1']),
      node('MARKDOWN-1', 'MARKDOWN', [], { code: '# Hi', width: 4, height: 50 }),
    ],
  );
}

/** Ids `<TYPE>-new1`, `<TYPE>-new2`... in order of creation. */
export function sequentialIds(): IdFactory {
  let count = 0;
  return (type) => `${type}-new${++count}`;
}
