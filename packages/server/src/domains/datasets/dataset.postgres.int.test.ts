import { randomBytes } from 'node:crypto';
import Fastify from 'fastify';
import pg from 'pg';
import {
  DATABASES_API_PATH,
  DATASETS_API_PATH as URL,
  DATASOURCE_API_PATH,
  GenericDataType,
  type DatasetDetail,
} from '@superset-ts/shared';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { anonymousActor, permissionKey, type Actor } from '../../security/access/actor.js';
import { createRolePermissionCache } from '../../security/access/role-permission-cache.js';
import {
  startDatabaseApiTestApp,
  type DatabaseApiTestApp,
} from '../databases/test-support/database-api-test-app.js';
import {
  describeWithServices,
  LIVE_POSTGRES,
} from '../databases/test-support/live-database-services.js';
import { registerDatabases } from '../databases/register-databases.js';
import { registerDatasets, type DatasetsCapability } from './register-datasets.js';

const SCHEMA = `st_ds_${randomBytes(4).toString('hex')}`;

async function onTestDatabase(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: LIVE_POSTGRES.uri });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

function userActor(...pairs: [string, string][]): Actor {
  return {
    kind: 'user',
    userId: 1,
    username: 'someone',
    roles: ['Gamma'],
    permissions: new Set(pairs.map(([p, v]) => permissionKey(p, v))),
  };
}

await describeWithServices([LIVE_POSTGRES], 'datasets on PostgreSQL', () => {
  let api: DatabaseApiTestApp;
  let databaseId: number;
  let capability: DatasetsCapability;
  let closeCapability: () => Promise<void>;
  const detail = async (id: number) =>
    (await api.as(api.admin, 'GET', `${URL}${id}`)).json<{ result: DatasetDetail }>().result;

  beforeAll(async () => {
    await onTestDatabase(`
      create schema ${SCHEMA};
      create table ${SCHEMA}.orders (
        id integer primary key, amount numeric(10, 2), placed_at timestamp, region varchar(20)
      );
      insert into ${SCHEMA}.orders values
        (1, 5, '2024-01-01', 'north'), (2, 20, '2024-01-02', 'south'), (3, 30, '2024-01-03', 'south');
    `);
    api = await startDatabaseApiTestApp();
    const created = await api.as(api.admin, 'POST', DATABASES_API_PATH, {
      database_name: 'warehouse',
      sqlalchemy_uri: LIVE_POSTGRES.uri,
    });
    expect(created.statusCode, created.body).toBe(201);
    databaseId = created.json<{ id: number }>().id;
    // The capability as other code receives it, on an app of its own over the same metadata.
    const side = Fastify();
    const rolePermissions = createRolePermissionCache(api.t.metadataDb);
    const databases = registerDatabases(side, {
      config: api.t.config,
      metadataDb: api.t.metadataDb,
      rolePermissions,
    });
    capability = registerDatasets(side, {
      config: api.t.config,
      metadataDb: api.t.metadataDb,
      databases,
      rolePermissions,
    });
    closeCapability = () => side.close();
  });
  afterAll(async () => {
    await closeCapability();
    await api.t.close();
    await onTestDatabase(`drop schema if exists ${SCHEMA} cascade`);
  });

  it('creates a physical dataset with typed columns, and grants it through schema_access', async () => {
    const created = await api.as(api.admin, 'POST', URL, {
      database: databaseId,
      schema: SCHEMA,
      table_name: 'orders',
    });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json<{ id: number }>().id;
    const body = await detail(id);
    const column = (name: string) => body.columns.find((c) => c.column_name === name);
    expect(column('amount')?.type_generic).toBe(GenericDataType.NUMERIC);
    expect(column('region')?.type_generic).toBe(GenericDataType.STRING);
    expect(column('placed_at')).toMatchObject({
      is_dttm: true,
      type_generic: GenericDataType.TEMPORAL,
    });
    expect(body.main_dttm_col).toBe('placed_at');
    expect(body.name).toBe(`${SCHEMA}.orders`);

    const bySchema = userActor(['schema_access', `[warehouse].[${SCHEMA}]`]);
    const dataset = await capability.getQueryDataset(bySchema, id);
    expect(dataset).toMatchObject({ schema: SCHEMA, table_name: 'orders', sql: null });
    expect(dataset.perm).toBe(`[warehouse].[orders](id:${id})`);
    expect(capability.canAccessDataset(bySchema, dataset)).toBe(true);
    expect(capability.canAccessDataset(userActor(), dataset)).toBe(false);
    await expect(capability.getQueryDataset(userActor(), id)).rejects.toMatchObject({
      code: 'DATASOURCE_SECURITY_ACCESS_ERROR',
      status: 403,
    });
    await expect(
      capability.getQueryDataset(anonymousActor('Public', new Set()), 99999),
    ).rejects.toMatchObject({ code: 'DATASET_NOT_FOUND', status: 404 });
    expect((await capability.getQueryDatasetUnchecked(id)).id).toBe(id);

    const explore = await capability.getExploreDatasource(bySchema, id);
    expect(explore).toMatchObject({
      uid: `${id}__table`,
      type: 'table',
      main_dttm_col: 'placed_at',
      granularity_sqla: [['placed_at', 'placed_at']],
      database: { id: databaseId, backend: 'postgresql' },
    });
    expect(explore.time_grain_sqla).toEqual(expect.arrayContaining([['P1D', 'Day']]));

    const values = await api.as(
      api.admin,
      'GET',
      `${DATASOURCE_API_PATH}table/${id}/column/region/values/`,
    );
    expect([...values.json<{ result: string[] }>().result].sort()).toEqual(['north', 'south']);
  });

  it('creates a virtual dataset from its result columns', async () => {
    const created = await api.as(api.admin, 'POST', URL, {
      database: databaseId,
      schema: SCHEMA,
      table_name: 'totals',
      sql: `SELECT region, SUM(amount) AS total, MAX(placed_at) AS last_at FROM orders GROUP BY region`,
    });
    expect(created.statusCode, created.body).toBe(201);
    const body = await detail(created.json<{ id: number }>().id);
    expect(body.kind).toBe('virtual');
    const byName = Object.fromEntries(body.columns.map((c) => [c.column_name, c]));
    expect(Object.keys(byName).sort()).toEqual(['last_at', 'region', 'total']);
    expect(byName.total?.type_generic).toBe(GenericDataType.NUMERIC);
    expect(byName.last_at?.is_dttm).toBe(true);
    const values = await api.as(
      api.admin,
      'GET',
      `${DATASOURCE_API_PATH}table/${body.id}/column/total/values/`,
    );
    expect(values.statusCode, values.body).toBe(200);
    expect(values.json<{ result: unknown[] }>().result).toHaveLength(2);
  });
});
