import {
  CHART_API_PATH,
  DASHBOARD_API_PATH,
  GRID_DEFAULT_CHART_HEIGHT,
  GRID_DEFAULT_CHART_WIDTH,
  GRID_ID,
  ROOT_ID,
  type Chart,
  type ChartListItem,
  type Dashboard,
  type LayoutItem,
} from '@superset-ts/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserHeaders } from '../session/test-support/session-client.js';
import {
  layoutWith,
  startDashboardTestApp,
  type DashboardTestApp,
} from './test-support/dashboard-test-app.js';

describe('charts saved onto dashboards (`dashboards` of the chart API)', () => {
  let t: DashboardTestApp;

  const layoutOf = async (who: BrowserHeaders, id: number) => {
    const response = await t.as(who, 'GET', `${DASHBOARD_API_PATH}${id}`);
    const { position_json } = response.json<{ result: Dashboard }>().result;
    return JSON.parse(position_json ?? '{}') as Record<string, LayoutItem>;
  };
  const chartOf = async (who: BrowserHeaders, id: number) =>
    (await t.as(who, 'GET', `${CHART_API_PATH}${id}`)).json<{ result: Chart }>().result;

  beforeAll(async () => {
    t = await startDashboardTestApp();
  });
  afterAll(async () => t.close());

  it('appends a new row with the chart, 4 wide and 50 high, at the end of the layout', async () => {
    const dashboard = await t.createDashboard(t.alice, {
      dashboard_title: 'Target',
      position_json: layoutWith([t.ordersChartId]),
    });
    const chartId = await t.createChart(t.alice, {
      slice_name: 'Added from Explore',
      dashboards: [dashboard],
    });
    const layout = await layoutOf(t.alice, dashboard);
    const rows = layout[GRID_ID]?.children ?? [];
    expect(rows).toHaveLength(2);
    const newRow = layout[rows[1] ?? ''];
    expect(newRow).toMatchObject({ type: 'ROW', parents: [ROOT_ID, GRID_ID] });
    const chartNode = layout[newRow?.children[0] ?? ''];
    expect(chartNode).toMatchObject({
      type: 'CHART',
      parents: [ROOT_ID, GRID_ID, newRow?.id],
      meta: {
        chartId,
        sliceName: 'Added from Explore',
        width: GRID_DEFAULT_CHART_WIDTH,
        height: GRID_DEFAULT_CHART_HEIGHT,
      },
    });
    const charts = await t.as(t.alice, 'GET', `${DASHBOARD_API_PATH}${dashboard}/charts`);
    expect(
      charts
        .json<{ result: { id: number }[] }>()
        .result.map((c) => c.id)
        .sort(),
    ).toEqual([t.ordersChartId, chartId].sort());
    expect((await chartOf(t.alice, chartId)).dashboards).toEqual([
      { id: dashboard, dashboard_title: 'Target' },
    ]);
  });

  it('gives an empty dashboard a grid first, and adds on update only where the chart is not', async () => {
    const empty = await t.createDashboard(t.alice, { dashboard_title: 'Empty' });
    const other = await t.createDashboard(t.alice, { dashboard_title: 'Other' });
    const chartId = await t.createChart(t.alice, { dashboards: [empty] });
    const updated = await t.as(t.alice, 'PUT', `${CHART_API_PATH}${chartId}`, {
      dashboards: [empty, other],
    });
    expect(updated.statusCode).toBe(200);
    const layout = await layoutOf(t.alice, empty);
    expect(layout[ROOT_ID]?.children).toEqual([GRID_ID]);
    const chartNodes = Object.values(layout).filter((node) => node.type === 'CHART');
    expect(chartNodes.map((node) => node.meta.chartId)).toEqual([chartId]);
    expect((await chartOf(t.alice, chartId)).dashboards.map((d) => d.id).sort()).toEqual(
      [empty, other].sort(),
    );
  });

  it('refuses dashboards the user does not own (403) or cannot see (422), saving nothing', async () => {
    const alices = await t.createDashboard(t.alice, {
      published: true,
      position_json: layoutWith([t.ordersChartId]),
    });
    const before = (await t.as(t.bob, 'GET', CHART_API_PATH)).json<{ count: number }>().count;
    const notOwned = await t.as(t.bob, 'POST', CHART_API_PATH, {
      slice_name: 'Sneaky',
      viz_type: 'table',
      datasource_id: t.ordersId,
      datasource_type: 'table',
      dashboards: [alices],
    });
    expect(notOwned.statusCode).toBe(403);
    const hidden = await t.createDashboard(t.admin, { dashboard_title: 'Admin draft' });
    const unseen = await t.as(t.bob, 'POST', CHART_API_PATH, {
      slice_name: 'Sneaky',
      viz_type: 'table',
      datasource_id: t.ordersId,
      datasource_type: 'table',
      dashboards: [hidden, 999_999],
    });
    expect(unseen.statusCode).toBe(422);
    expect((await t.as(t.bob, 'GET', CHART_API_PATH)).json<{ count: number }>().count).toBe(before);
    expect(JSON.stringify(await layoutOf(t.alice, alices))).not.toContain('Sneaky');
  });

  it('filters the chart list on a dashboard and shows only dashboards the caller may see', async () => {
    const draft = await t.createDashboard(t.alice, {
      dashboard_title: 'Alice draft',
      position_json: layoutWith([t.ordersChartId]),
    });
    const q = `(filters:!((col:dashboards,opr:rel_m_m,value:${draft})))`;
    const listed = await t.as(t.alice, 'GET', `${CHART_API_PATH}?q=${encodeURIComponent(q)}`);
    const items = listed.json<{ result: ChartListItem[] }>().result;
    expect(items.map((item) => item.id)).toEqual([t.ordersChartId]);
    expect(items[0]?.dashboards.map((d) => d.id)).toContain(draft);
    expect((await chartOf(t.bob, t.ordersChartId)).dashboards.map((d) => d.id)).not.toContain(
      draft,
    );
  });
});
