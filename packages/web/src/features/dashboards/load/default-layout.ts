import {
  DASHBOARD_VERSION_KEY,
  GRID_COLUMN_COUNT,
  GRID_DEFAULT_CHART_HEIGHT,
  GRID_DEFAULT_CHART_WIDTH,
  GRID_ID,
  HEADER_ID,
  ROOT_ID,
  type DashboardChart,
  type DashboardLayout,
  type LayoutItem,
} from '@superset-ts/shared';

/** An empty layout: root, grid and header, as Superset's `getEmptyLayout`. */
export function emptyLayout(title = ''): DashboardLayout {
  return {
    [DASHBOARD_VERSION_KEY]: 'v2' as unknown as LayoutItem,
    [ROOT_ID]: { id: ROOT_ID, type: 'ROOT', children: [GRID_ID], meta: {} },
    [GRID_ID]: { id: GRID_ID, type: 'GRID', children: [], parents: [ROOT_ID], meta: {} },
    [HEADER_ID]: { id: HEADER_ID, type: 'HEADER', children: [], meta: { text: title } },
  };
}

/** The container new charts go into: the first tab when the grid starts with tabs, else the grid. */
function firstContainerId(layout: DashboardLayout): string {
  const firstChild = layout[layout[GRID_ID]?.children[0] ?? ''];
  if (firstChild?.type === 'TABS' && firstChild.children[0] && layout[firstChild.children[0]]) {
    return firstChild.children[0];
  }
  return GRID_ID;
}

/** The chart ids a layout places. */
export function placedChartIds(layout: DashboardLayout): Set<number> {
  const ids = new Set<number>();
  for (const item of Object.values(layout)) {
    if (item?.type === 'CHART' && typeof item.meta.chartId === 'number') ids.add(item.meta.chartId);
  }
  return ids;
}

/**
 * Places the charts the layout does not show yet, as Superset does for charts added to a
 * dashboard through the API: 4 columns wide and 50 units high, in new rows at the end of the
 * first container, as many per row as the 12 columns hold. Returns a new layout.
 */
export function withUnplacedCharts(
  layout: DashboardLayout,
  charts: readonly DashboardChart[],
): DashboardLayout {
  const placed = placedChartIds(layout);
  const missing = charts.filter((chart) => !placed.has(chart.id));
  const containerId = firstContainerId(layout);
  const container = layout[containerId];
  if (missing.length === 0 || !container) return layout;
  const next: DashboardLayout = { ...layout };
  const children = [...container.children];
  let row: LayoutItem | undefined;
  let rowWidth = 0;
  for (const chart of missing) {
    if (!row || rowWidth + GRID_DEFAULT_CHART_WIDTH > GRID_COLUMN_COUNT) {
      row = { id: `ROW-N-${chart.id}`, type: 'ROW', children: [], meta: {} };
      row.meta.background = 'BACKGROUND_TRANSPARENT';
      next[row.id] = row;
      children.push(row.id);
      rowWidth = 0;
    }
    const chartItemId = `CHART-explore-${chart.id}-1`;
    next[chartItemId] = {
      id: chartItemId,
      type: 'CHART',
      children: [],
      meta: {
        chartId: chart.id,
        sliceName: chart.slice_name,
        width: GRID_DEFAULT_CHART_WIDTH,
        height: GRID_DEFAULT_CHART_HEIGHT,
      },
    };
    row.children.push(chartItemId);
    rowWidth += GRID_DEFAULT_CHART_WIDTH;
  }
  next[containerId] = { ...container, children };
  return next;
}

/** The layout of a dashboard saved without one: header, grid and its charts in rows. */
export function defaultLayout(title: string, charts: readonly DashboardChart[]): DashboardLayout {
  return withUnplacedCharts(emptyLayout(title), charts);
}
