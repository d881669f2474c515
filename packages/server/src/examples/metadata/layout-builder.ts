import {
  DASHBOARD_VERSION_KEY,
  GRID_COLUMN_COUNT,
  GRID_DEFAULT_CHART_HEIGHT,
  GRID_ID,
  HEADER_ID,
  ROOT_ID,
  type DashboardLayout,
  type LayoutItem,
  type LayoutMeta,
} from '@superset-ts/shared';

/** A cell of a row: a chart (by its definition key) or a markdown text. */
export type LayoutCell =
  | { chart: string; width: number; height?: number }
  | { markdown: string; width: number; height?: number };

/** A block of a dashboard, top to bottom. */
export type LayoutBlock =
  | { type: 'row'; cells: readonly LayoutCell[] }
  | { type: 'header'; text: string; size?: 'SMALL_HEADER' | 'MEDIUM_HEADER' | 'LARGE_HEADER' }
  | { type: 'divider' }
  | { type: 'tabs'; tabs: readonly { title: string; blocks: readonly LayoutBlock[] }[] };

/** What the layout needs to know of a saved chart. */
export interface LayoutChart {
  id: number;
  sliceName: string;
  uuid: string;
}

/** Shorthand for a row of cells. */
export const row = (...cells: LayoutCell[]): LayoutBlock => ({ type: 'row', cells });

/** The chart keys a layout shows, in order. */
export function chartKeysOfLayout(blocks: readonly LayoutBlock[]): string[] {
  return blocks.flatMap((block) => {
    switch (block.type) {
      case 'row':
        return block.cells.flatMap((cell) => ('chart' in cell ? [cell.chart] : []));
      case 'tabs':
        return block.tabs.flatMap((tab) => chartKeysOfLayout(tab.blocks));
      case 'header':
      case 'divider':
        return [];
    }
  });
}

/**
 * Builds a dashboard's `position_json` tree (ROOT > GRID > rows, tabs, headers, dividers) on
 * the 12-column grid. Node ids are deterministic, so rebuilding gives the same layout.
 * @throws Error when a row is wider than the grid or a chart key is unknown (a definition bug).
 */
export function buildLayout(
  title: string,
  blocks: readonly LayoutBlock[],
  chartOf: (key: string) => LayoutChart,
): DashboardLayout {
  const layout: DashboardLayout = {
    [DASHBOARD_VERSION_KEY]: 'v2' as never,
    [ROOT_ID]: { id: ROOT_ID, type: 'ROOT', children: [GRID_ID], meta: {} },
    [GRID_ID]: { id: GRID_ID, type: 'GRID', children: [], parents: [ROOT_ID], meta: {} },
    [HEADER_ID]: { id: HEADER_ID, type: 'HEADER', children: [], meta: { text: title } },
  };
  const counters = new Map<string, number>();
  const add = (type: LayoutItem['type'], parents: string[], meta: LayoutMeta): LayoutItem => {
    const count = (counters.get(type) ?? 0) + 1;
    counters.set(type, count);
    const item: LayoutItem = { id: `${type}-${count}`, type, children: [], parents, meta };
    layout[item.id] = item;
    const parent = layout[parents[parents.length - 1] ?? ROOT_ID];
    parent?.children.push(item.id);
    return item;
  };

  const addBlocks = (list: readonly LayoutBlock[], parents: string[]): void => {
    for (const block of list) {
      switch (block.type) {
        case 'header':
          add('HEADER', parents, {
            text: block.text,
            headerSize: block.size ?? 'MEDIUM_HEADER',
            background: 'BACKGROUND_TRANSPARENT',
          });
          break;
        case 'divider':
          add('DIVIDER', parents, {});
          break;
        case 'tabs': {
          const tabs = add('TABS', parents, {});
          for (const tab of block.tabs) {
            const tabItem = add('TAB', [...parents, tabs.id], {
              text: tab.title,
              defaultText: 'Tab title',
            });
            addBlocks(tab.blocks, [...parents, tabs.id, tabItem.id]);
          }
          break;
        }
        case 'row': {
          const width = block.cells.reduce((sum, cell) => sum + cell.width, 0);
          if (width > GRID_COLUMN_COUNT) {
            throw new Error(
              `a row of "${title}" is ${width} columns wide (at most ${GRID_COLUMN_COUNT})`,
            );
          }
          const rowItem = add('ROW', parents, { background: 'BACKGROUND_TRANSPARENT' });
          const cellParents = [...parents, rowItem.id];
          for (const cell of block.cells) {
            const height = cell.height ?? GRID_DEFAULT_CHART_HEIGHT;
            if ('chart' in cell) {
              const chart = chartOf(cell.chart);
              add('CHART', cellParents, {
                chartId: chart.id,
                uuid: chart.uuid,
                sliceName: chart.sliceName,
                width: cell.width,
                height,
              });
            } else {
              add('MARKDOWN', cellParents, { code: cell.markdown, width: cell.width, height });
            }
          }
          break;
        }
      }
    }
  };
  addBlocks(blocks, [ROOT_ID, GRID_ID]);
  return layout;
}
