import { GRID_ID, ROOT_ID } from '@superset-ts/shared';
import { describe, expect, it } from 'vitest';
import {
  bigNumberChart,
  chartNode,
  dashboardRow,
  layoutOf,
  node,
} from '../testing/dashboard-fixtures';
import { toLoadedDashboard } from './to-loaded-dashboard';

const charts = [1, 2, 3, 4].map((id) => bigNumberChart(id));

function rowsOf(layout: ReturnType<typeof toLoadedDashboard>['layout'], containerId: string) {
  return (layout[containerId]?.children ?? []).map((rowId) =>
    (layout[rowId]?.children ?? []).map((id) => layout[id]?.meta.chartId),
  );
}

describe('toLoadedDashboard', () => {
  it('lays out a dashboard saved without a layout as Superset does: 4-wide charts, three per row', () => {
    const loaded = toLoadedDashboard(dashboardRow({ position_json: null }), charts);

    expect(loaded.layout[ROOT_ID]?.children).toEqual([GRID_ID]);
    expect(loaded.layout.HEADER_ID?.meta.text).toBe('Sales');
    expect(rowsOf(loaded.layout, GRID_ID)).toEqual([[1, 2, 3], [4]]);
    const chart = Object.values(loaded.layout).find((item) => item.meta?.chartId === 4);
    expect(chart?.meta).toMatchObject({ width: 4, height: 50 });
  });

  it('keeps a saved layout and adds the charts it misses to its first tab', () => {
    const saved = layoutOf(
      node(ROOT_ID, 'ROOT', [GRID_ID]),
      node(GRID_ID, 'GRID', ['TABS-1']),
      node('TABS-1', 'TABS', ['TAB-A']),
      node('TAB-A', 'TAB', ['ROW-A']),
      node('ROW-A', 'ROW', ['CHART-1']),
      chartNode(1, { width: 12 }),
    );

    const loaded = toLoadedDashboard(
      dashboardRow({ position_json: JSON.stringify(saved) }),
      charts,
    );

    expect(rowsOf(loaded.layout, 'TAB-A')).toEqual([[1], [2, 3, 4]]);
    expect(loaded.layout['CHART-1']?.meta.width).toBe(12);
  });

  it('falls back to the default layout when position_json cannot be read, and parses metadata', () => {
    const loaded = toLoadedDashboard(
      dashboardRow({ position_json: '{"broken', json_metadata: '{"refresh_frequency": 60}' }),
      charts.slice(0, 1),
    );

    expect(rowsOf(loaded.layout, GRID_ID)).toEqual([[1]]);
    expect(loaded.metadata.refresh_frequency).toBe(60);
    expect(toLoadedDashboard(dashboardRow({ json_metadata: 'nope' }), []).metadata).toEqual({});
  });
});
