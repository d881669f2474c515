import {
  DASHBOARD_API_PATH,
  DASHBOARD_VERSION_KEY,
  GRID_ID,
  ROOT_ID,
  type DashboardLayout,
} from '@superset-ts/shared';
import type { BrowserHeaders } from '../../session/test-support/session-client.js';
import { startChartTestApp, type ChartTestApp } from '../../charts/test-support/chart-test-app.js';

/**
 * The chart test app (datasets `orders`, which alice and bob may read, and `secret`, which
 * only Admin may) with a chart on each and helpers to make dashboards.
 */
export interface DashboardTestApp extends ChartTestApp {
  /** A chart on `orders`, owned by alice. */
  ordersChartId: number;
  /** A chart on `secret`, owned by admin. */
  secretChartId: number;
  /** Creates a dashboard as `who`; returns its id (fails the test on anything but 201). */
  createDashboard(who: BrowserHeaders, body?: Record<string, unknown>): Promise<number>;
  roleIdOf(name: string): Promise<number>;
}

/** A `position_json` with one row per chart under the grid. */
export function layoutWith(chartIds: readonly number[]): string {
  const layout: DashboardLayout = {
    [DASHBOARD_VERSION_KEY]: 'v2' as never,
    [ROOT_ID]: { id: ROOT_ID, type: 'ROOT', children: [GRID_ID], meta: {} },
    [GRID_ID]: { id: GRID_ID, type: 'GRID', children: [], parents: [ROOT_ID], meta: {} },
  };
  chartIds.forEach((chartId, index) => {
    const rowId = `ROW-${index}`;
    const chartNodeId = `CHART-${index}`;
    layout[GRID_ID]?.children.push(rowId);
    layout[rowId] = {
      id: rowId,
      type: 'ROW',
      children: [chartNodeId],
      parents: [ROOT_ID, GRID_ID],
      meta: {},
    };
    layout[chartNodeId] = {
      id: chartNodeId,
      type: 'CHART',
      children: [],
      parents: [ROOT_ID, GRID_ID, rowId],
      meta: { chartId, width: 4, height: 50 },
    };
  });
  return JSON.stringify(layout);
}

/** Builds the dashboard test app; `overrides` change the config (as FEATURE_FLAGS). */
export async function startDashboardTestApp(
  overrides: Record<string, unknown> = {},
): Promise<DashboardTestApp> {
  const t = await startChartTestApp(overrides);
  const ordersChartId = await t.createChart(t.alice, {
    slice_name: 'Orders',
    query_context: JSON.stringify({ datasource: { id: t.ordersId, type: 'table' }, queries: [] }),
  });
  const secretChartId = await t.createChart(t.admin, {
    slice_name: 'Secret',
    datasource_id: t.secretId,
  });
  const { kysely } = t.api.t.metadataDb;
  return {
    ...t,
    ordersChartId,
    secretChartId,
    async createDashboard(who, body = {}) {
      const response = await t.as(who, 'POST', DASHBOARD_API_PATH, {
        dashboard_title: 'Sales',
        ...body,
      });
      if (response.statusCode !== 201) throw new Error(`dashboard not created: ${response.body}`);
      return response.json<{ id: number }>().id;
    },
    async roleIdOf(name) {
      const row = await kysely
        .selectFrom('ab_role')
        .select('id')
        .where('name', '=', name)
        .executeTakeFirstOrThrow();
      return row.id;
    },
  };
}
