import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { permissionKey, type Actor } from '../../security/access/actor.js';
import { registerCharts, type ChartsCapability } from './register-charts.js';
import { startChartTestApp, type ChartTestApp } from './test-support/chart-test-app.js';

function userActor(userId: number, permissions: [string, string][], roles = ['Gamma']): Actor {
  return {
    kind: 'user',
    userId,
    username: `user${userId}`,
    roles,
    permissions: new Set(permissions.map(([action, resource]) => permissionKey(action, resource))),
  };
}

describe('the charts capability other code reads charts through', () => {
  let t: ChartTestApp;
  let charts: ChartsCapability;
  let chartId: number;
  let ordersPerm: string;

  beforeAll(async () => {
    t = await startChartTestApp();
    chartId = await t.createChart(t.alice, {
      slice_name: 'for data',
      query_context: '{"queries": [{"metrics": ["count"]}]}',
      cache_timeout: 300,
    });
    const orders = await t.api.t.metadataDb.kysely
      .selectFrom('tables')
      .select('perm')
      .where('id', '=', t.ordersId)
      .executeTakeFirstOrThrow();
    ordersPerm = orders.perm ?? '';
    charts = registerCharts(Fastify(), { metadataDb: t.api.t.metadataDb });
  });
  afterAll(async () => t.close());

  it('gives chart data the saved chart, 403 without dataset access, 404 when absent', async () => {
    const reader = userActor(9999, [['datasource_access', ordersPerm]]);
    await expect(charts.getChartForData(reader, chartId)).resolves.toMatchObject({
      id: chartId,
      slice_name: 'for data',
      viz_type: 'table',
      params: { metrics: ['count'], groupby: ['region'] },
      query_context: { queries: [{ metrics: ['count'] }] },
      cache_timeout: 300,
      datasource_id: t.ordersId,
      datasource_type: 'table',
    });
    // Not visible to a user without access to its dataset: the same 404 as a missing chart.
    await expect(charts.getChartForData(userActor(9999, []), chartId)).rejects.toMatchObject({
      status: 404,
    });
    await expect(charts.getChartForData(reader, 987654)).rejects.toMatchObject({ status: 404 });
  });

  it('lists the charts of a dataset for its related objects', async () => {
    const found = await charts.chartsOfDataset(t.ordersId);
    expect(found).toContainEqual({ id: chartId, slice_name: 'for data', viz_type: 'table' });
    expect(await charts.chartsOfDataset(t.secretId)).toEqual([]);
  });
});
