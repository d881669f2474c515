import { randomUUID } from 'node:crypto';
import {
  DASHBOARD_VERSION_KEY,
  GRID_DEFAULT_CHART_HEIGHT,
  GRID_DEFAULT_CHART_WIDTH,
  GRID_ID,
  HEADER_ID,
  ROOT_ID,
  type DashboardJsonMetadata,
  type DashboardLayout,
  type LayoutItem,
} from '@superset-ts/shared';

function parseObject(text: string | null | undefined): Record<string, unknown> {
  if (!text) return {};
  try {
    const parsed: unknown = JSON.parse(text);
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)
      ? (parsed as Record<string, unknown>)
      : {};
  } catch {
    return {};
  }
}

/** A saved `position_json`, parsed; `{}` when empty or not a JSON object. */
export function parseLayout(text: string | null | undefined): DashboardLayout {
  return parseObject(text) as DashboardLayout;
}

/** A saved `json_metadata`, parsed; `{}` when empty or not a JSON object. */
export function parseMetadata(text: string | null | undefined): DashboardJsonMetadata {
  return parseObject(text);
}

function isLayoutItem(value: unknown): value is LayoutItem {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { type?: unknown }).type === 'string' &&
    Array.isArray((value as { children?: unknown }).children)
  );
}

/**
 * The charts a layout shows, in layout order without repeats: the `meta.chartId` of its CHART
 * nodes (what Superset's `set_dash_metadata` turns into the dashboard's charts).
 */
export function chartIdsOfLayout(layout: DashboardLayout): number[] {
  const ids = new Set<number>();
  for (const value of Object.values(layout) as unknown[]) {
    if (!isLayoutItem(value) || value.type !== 'CHART') continue;
    const chartId = value.meta.chartId;
    if (typeof chartId === 'number' && Number.isInteger(chartId)) ids.add(chartId);
  }
  return [...ids];
}

const shortId = () => randomUUID().replaceAll('-', '').slice(0, 10);

/** ROOT, GRID and HEADER of a layout that has none yet. */
function emptyLayout(title: string): DashboardLayout {
  return {
    [DASHBOARD_VERSION_KEY]: 'v2' as unknown as LayoutItem,
    [ROOT_ID]: { id: ROOT_ID, type: 'ROOT', children: [GRID_ID], meta: {} },
    [GRID_ID]: { id: GRID_ID, type: 'GRID', children: [], parents: [ROOT_ID], meta: {} },
    [HEADER_ID]: { id: HEADER_ID, type: 'HEADER', children: [], meta: { text: title } },
  };
}

/** Where new rows go: the grid, or the first tab when the root holds tabs. */
function containerOf(layout: DashboardLayout): LayoutItem | undefined {
  const grid = layout[GRID_ID];
  if (isLayoutItem(grid)) return grid;
  const root = layout[ROOT_ID];
  const tabs = isLayoutItem(root) ? layout[root.children[0] ?? ''] : undefined;
  const firstTab = isLayoutItem(tabs) ? layout[tabs.children[0] ?? ''] : undefined;
  return isLayoutItem(firstTab) ? firstTab : undefined;
}

/** The chart a new layout node shows. */
export interface ChartToPlace {
  id: number;
  uuid: string;
  sliceName: string;
}

/**
 * The layout with a new ROW at the end holding the chart, 4 columns wide and 50 units high
 * (Superset's default chart size); a layout without a grid gets one first. The given layout
 * is not changed.
 */
export function appendChartRow(
  layout: DashboardLayout,
  chart: ChartToPlace,
  title: string,
): DashboardLayout {
  const next: DashboardLayout = structuredClone(
    containerOf(layout) ? layout : { ...emptyLayout(title), ...layout },
  );
  const container = containerOf(next);
  if (!container) return next;
  const parents = [...(container.parents ?? []), container.id];
  const rowId = `ROW-${shortId()}`;
  const chartNodeId = `CHART-${shortId()}`;
  next[rowId] = {
    id: rowId,
    type: 'ROW',
    children: [chartNodeId],
    parents,
    meta: { background: 'BACKGROUND_TRANSPARENT' },
  };
  next[chartNodeId] = {
    id: chartNodeId,
    type: 'CHART',
    children: [],
    parents: [...parents, rowId],
    meta: {
      chartId: chart.id,
      uuid: chart.uuid,
      sliceName: chart.sliceName,
      width: GRID_DEFAULT_CHART_WIDTH,
      height: GRID_DEFAULT_CHART_HEIGHT,
    },
  };
  container.children.push(rowId);
  return next;
}
