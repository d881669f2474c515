import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { permissionKey, type Actor } from '../../security/access/actor.js';
import { registerDashboards, type DashboardsCapability } from './register-dashboards.js';
import {
  layoutWith,
  startDashboardTestApp,
  type DashboardTestApp,
} from './test-support/dashboard-test-app.js';

describe('the dashboards capability (getReadableDashboard, chartsForData)', () => {
  let t: DashboardTestApp;
  let capability: DashboardsCapability;
  let bob: Actor;
  let nobody: Actor;
  let published: number;

  beforeAll(async () => {
    t = await startDashboardTestApp();
    const { kysely } = t.api.t.metadataDb;
    capability = registerDashboards(Fastify(), {
      metadataDb: t.api.t.metadataDb,
      isRbacEnabled: () => false,
    });
    const orders = await kysely
      .selectFrom('tables')
      .select('perm')
      .where('id', '=', t.ordersId)
      .executeTakeFirstOrThrow();
    const user = (username: string, permissions: string[]): Promise<Actor> =>
      t.userIdOf(username).then((userId) => ({
        kind: 'user',
        userId,
        username,
        roles: ['Gamma'],
        permissions: new Set(permissions),
      }));
    bob = await user('bob', [permissionKey('datasource_access', orders.perm ?? '')]);
    nobody = await user('gamma', []);
    published = await t.createDashboard(t.admin, {
      slug: 'for-data',
      published: true,
      json_metadata: JSON.stringify({ cross_filters_enabled: true }),
      position_json: layoutWith([t.ordersChartId, t.secretChartId]),
    });
  });
  afterAll(async () => t.close());

  it('reads a visible dashboard by id or slug with its layout and metadata parsed', async () => {
    const bySlug = await capability.getReadableDashboard(bob, 'for-data');
    expect(bySlug).toMatchObject({
      id: published,
      slug: 'for-data',
      metadata: { cross_filters_enabled: true },
    });
    expect(bySlug.layout['CHART-0']?.meta.chartId).toBe(t.ordersChartId);
    expect((await capability.getReadableDashboard(bob, String(published))).id).toBe(published);
  });

  it('lists every chart for data, the saved query context parsed, whatever the data access', async () => {
    const forData = await capability.chartsForData(bob, 'for-data');
    expect(forData.dashboardId).toBe(published);
    expect(forData.charts.map((chart) => chart.id).sort()).toEqual(
      [t.ordersChartId, t.secretChartId].sort(),
    );
    const orders = forData.charts.find((chart) => chart.id === t.ordersChartId);
    expect(orders).toMatchObject({
      sliceName: 'Orders',
      vizType: 'table',
      datasourceId: t.ordersId,
      queryContext: { datasource: { id: t.ordersId, type: 'table' }, queries: [] },
      cacheTimeout: null,
    });
    expect(forData.charts.find((chart) => chart.id === t.secretChartId)?.queryContext).toBeNull();
  });

  it('answers 404 for a dashboard the actor may not see, or that does not exist', async () => {
    for (const call of [
      capability.getReadableDashboard(nobody, 'for-data'),
      capability.chartsForData(nobody, String(published)),
      capability.getReadableDashboard(bob, 'no-such-board'),
      capability.chartsForData(bob, '999999'),
    ]) {
      await expect(call).rejects.toMatchObject({ status: 404, code: 'RESOURCE_NOT_FOUND' });
    }
  });
});
