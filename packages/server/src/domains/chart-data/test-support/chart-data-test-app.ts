import { randomBytes } from 'node:crypto';
import {
  CHART_DATA_API_PATH,
  DATABASES_API_PATH,
  DATASETS_API_PATH,
  ROW_LEVEL_SECURITY_API_PATH,
} from '@superset-ts/shared';
import type { LightMyRequestResponse } from 'fastify';
import { addUser } from '../../../app/test-support/test-app.js';
import {
  startDatabaseApiTestApp,
  TEST_USER_PASSWORD,
  type DatabaseApiTestApp,
} from '../../databases/test-support/database-api-test-app.js';
import { LIVE_POSTGRES } from '../../databases/test-support/live-database-services.js';
import { datasetViewMenu } from '../../datasets/dataset-access.js';
import { loginHeaders, type BrowserHeaders } from '../../session/test-support/session-client.js';
import { onPostgres } from '../../sqllab/test-support/sqllab-test-app.js';
import {
  createRoleWith,
  pairIdOf,
  roleIdOf,
} from '../../users/test-support/security-api-client.js';

/** Rows of `sales`: two days of EU and US, and a formula-like region for CSV. */
const SALES = `
  insert into %s.sales values
    ('2024-01-01 00:00:00', 'EU', 10), ('2024-01-01 00:00:00', 'US', 20),
    ('2024-01-02 00:00:00', 'EU', 5), ('2024-01-03 00:00:00', 'US', 7),
    ('2024-01-03 00:00:00', '=HYPERLINK("x")', 1)`;

/** An app with a PostgreSQL database, a `sales` dataset, and viewers with and without RLS. */
export interface ChartDataTestApp {
  api: DatabaseApiTestApp;
  schema: string;
  /** The `warehouse` database (the live PostgreSQL). */
  databaseId: number;
  datasetId: number;
  /** A virtual dataset whose `boom` column fails in the database (division by zero). */
  failingDatasetId: number;
  /** Gamma + access to both datasets, under an RLS rule `region = 'EU'`. */
  euViewer: BrowserHeaders;
  /** Gamma + access to both datasets, no RLS. */
  viewer: BrowserHeaders;
  /** Gamma without access to the datasets. */
  stranger: BrowserHeaders;
  admin: BrowserHeaders;
  post(who: BrowserHeaders, body: unknown): Promise<LightMyRequestResponse>;
  close(): Promise<void>;
}

async function created(response: LightMyRequestResponse, what: string): Promise<number> {
  if (response.statusCode !== 201) throw new Error(`${what} not created: ${response.body}`);
  return Promise.resolve(response.json<{ id: number }>().id);
}

/** Builds the app (in-memory data cache) over a fresh schema of the live PostgreSQL. */
export async function startChartDataTestApp(
  overrides: Record<string, unknown> = {},
): Promise<ChartDataTestApp> {
  const schema = `st_chart_${randomBytes(4).toString('hex')}`;
  await onPostgres(
    LIVE_POSTGRES.uri,
    `create schema ${schema};
     create table ${schema}.sales (ds timestamp, region text, amount numeric(10, 2));
     create table ${schema}.divisor (d numeric);
     insert into ${schema}.divisor values (1);
     ${SALES.replace('%s', schema)}`,
  );
  const api = await startDatabaseApiTestApp({
    DATA_CACHE_CONFIG: { CACHE_TYPE: 'SimpleCache' },
    ...overrides,
  });
  const as = api.as;
  const databaseId = await created(
    await as(api.admin, 'POST', DATABASES_API_PATH, {
      database_name: 'warehouse',
      sqlalchemy_uri: LIVE_POSTGRES.uri,
    }),
    'database',
  );
  const datasetId = await created(
    await as(api.admin, 'POST', DATASETS_API_PATH, {
      database: databaseId,
      schema,
      table_name: 'sales',
    }),
    'dataset',
  );
  const failingDatasetId = await created(
    await as(api.admin, 'POST', DATASETS_API_PATH, {
      database: databaseId,
      schema,
      table_name: 'failing_sales',
      sql: `SELECT s.region, s.amount / d.d AS boom FROM ${schema}.sales s CROSS JOIN ${schema}.divisor d`,
    }),
    'virtual dataset',
  );
  // Fine while the dataset's columns are read; failing from now on.
  await onPostgres(LIVE_POSTGRES.uri, `update ${schema}.divisor set d = 0`);
  const pairs = await Promise.all(
    [
      datasetViewMenu('warehouse', 'sales', datasetId),
      datasetViewMenu('warehouse', 'failing_sales', failingDatasetId),
    ].map((menu) => pairIdOf(api.t.metadataDb, 'datasource_access', menu)),
  );
  await createRoleWith(api.t.metadataDb, 'SalesReaders', pairs);
  await createRoleWith(api.t.metadataDb, 'EuOnly', []);
  await created(
    await as(api.admin, 'POST', ROW_LEVEL_SECURITY_API_PATH, {
      name: 'EU rows only',
      filter_type: 'Regular',
      tables: [datasetId],
      roles: [await roleIdOf(api.t.metadataDb, 'EuOnly')],
      clause: "region = 'EU'",
    }),
    'RLS rule',
  );
  const users: [string, string[]][] = [
    ['eu_viewer', ['Gamma', 'SalesReaders', 'EuOnly']],
    ['viewer', ['Gamma', 'SalesReaders']],
    ['stranger', ['Gamma']],
  ];
  for (const [username, roles] of users) {
    await addUser(api.t.metadataDb, { username, password: TEST_USER_PASSWORD, roles });
  }
  const login = (username: string) => loginHeaders(api.t.app, username, TEST_USER_PASSWORD);
  return {
    api,
    schema,
    databaseId,
    datasetId,
    failingDatasetId,
    euViewer: await login('eu_viewer'),
    viewer: await login('viewer'),
    stranger: await login('stranger'),
    admin: api.admin,
    post: (who, body) => as(who, 'POST', CHART_DATA_API_PATH, body),
    async close() {
      await api.t.close();
      await onPostgres(LIVE_POSTGRES.uri, `drop schema if exists ${schema} cascade`);
    },
  };
}
