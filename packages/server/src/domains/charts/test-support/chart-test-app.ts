import { CHART_API_PATH } from '@superset-ts/shared';
import {
  startDatasetTestApp,
  type DatasetTestApp,
} from '../../datasets/test-support/dataset-test-app.js';
import type { BrowserHeaders } from '../../session/test-support/session-client.js';

/**
 * An app with two datasets of the `analytics` database: `orders`, which alice and bob may
 * access (datasource_access), and `secret`, which only Admin may; `gamma` may access neither.
 */
export interface ChartTestApp extends DatasetTestApp {
  ordersId: number;
  secretId: number;
  alice: BrowserHeaders;
  bob: BrowserHeaders;
  userIdOf(username: string): Promise<number>;
  /** Creates a chart as `who`; returns its id (fails the test on anything but 201). */
  createChart(who: BrowserHeaders, body?: Record<string, unknown>): Promise<number>;
}

/** Builds the chart test app (`overrides` change the config, as FEATURE_FLAGS). */
export async function startChartTestApp(
  overrides: Record<string, unknown> = {},
): Promise<ChartTestApp> {
  const t = await startDatasetTestApp(overrides);
  const ordersId = await t.createDataset({ table_name: 'orders' });
  const secretId = await t.createDataset({ table_name: 'secret', sql: 'SELECT 1 AS one' });
  const { kysely } = t.api.t.metadataDb;
  const orders = await kysely
    .selectFrom('tables')
    .select('perm')
    .where('id', '=', ordersId)
    .executeTakeFirstOrThrow();
  if (!orders.perm) throw new Error('the orders dataset has no perm');
  const alice = await t.gammaWith('alice', 'datasource_access', orders.perm);
  const bob = await t.gammaWith('bob', 'datasource_access', orders.perm);
  return {
    ...t,
    ordersId,
    secretId,
    alice,
    bob,
    async userIdOf(username) {
      const row = await kysely
        .selectFrom('ab_user')
        .select('id')
        .where('username', '=', username)
        .executeTakeFirstOrThrow();
      return row.id;
    },
    async createChart(who, body = {}) {
      const response = await t.as(who, 'POST', CHART_API_PATH, {
        slice_name: 'Orders by region',
        viz_type: 'table',
        datasource_id: ordersId,
        datasource_type: 'table',
        params: JSON.stringify({ metrics: ['count'], groupby: ['region'] }),
        ...body,
      });
      if (response.statusCode !== 201) throw new Error(`chart not created: ${response.body}`);
      return response.json<{ id: number }>().id;
    },
  };
}
