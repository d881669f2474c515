import { randomUUID } from 'node:crypto';
import {
  ROW_LEVEL_SECURITY_API_PATH as URL,
  type RlsListResponse,
  type RlsRule,
} from '@superset-ts/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../security/access/actor.js';
import {
  startDatabaseApiTestApp,
  type DatabaseApiTestApp,
} from '../databases/test-support/database-api-test-app.js';
import { createRowLevelSecurityCapability } from './rls-capability.js';

describe('row level security: /api/v1/rowlevelsecurity/', () => {
  let api: DatabaseApiTestApp;
  let orders: number;
  let customers: number;
  let gammaRole: number;
  let alphaRole: number;

  const q = (rison: string) => `?q=${encodeURIComponent(rison)}`;
  const create = (body: Record<string, unknown>) =>
    api.as(api.admin, 'POST', URL, {
      filter_type: 'Regular',
      clause: "region = 'EU'",
      tables: [orders],
      roles: [gammaRole],
      ...body,
    });

  beforeAll(async () => {
    api = await startDatabaseApiTestApp();
    const { kysely } = api.t.metadataDb;
    await kysely
      .insertInto('dbs')
      .values({ uuid: randomUUID(), database_name: 'warehouse', sqlalchemy_uri: 'sqlite://' })
      .execute();
    const db = await kysely.selectFrom('dbs').select('id').executeTakeFirstOrThrow();
    for (const table_name of ['orders', 'customers']) {
      await kysely
        .insertInto('tables')
        .values({ uuid: randomUUID(), table_name, schema: 'sales', database_id: db.id })
        .execute();
    }
    const tables = await kysely.selectFrom('tables').select(['id', 'table_name']).execute();
    orders = tables.find((t) => t.table_name === 'orders')?.id ?? 0;
    customers = tables.find((t) => t.table_name === 'customers')?.id ?? 0;
    const roles = await kysely.selectFrom('ab_role').select(['id', 'name']).execute();
    gammaRole = roles.find((r) => r.name === 'Gamma')?.id ?? 0;
    alphaRole = roles.find((r) => r.name === 'Alpha')?.id ?? 0;
  });
  afterAll(async () => api.t.close());

  it('creates, shows, lists, changes and deletes a rule', async () => {
    const created = await create({ name: 'EU only', group_key: 'region', description: 'EU' });
    expect(created.statusCode, created.body).toBe(201);
    const { id } = created.json<{ id: number }>();
    expect(created.json()).toMatchObject({
      result: { name: 'EU only', tables: [orders], roles: [gammaRole], group_key: 'region' },
    });

    const shown = await api.as(api.admin, 'GET', `${URL}${id}`);
    expect(shown.json<{ result: RlsRule }>().result).toEqual({
      id,
      name: 'EU only',
      description: 'EU',
      filter_type: 'Regular',
      tables: [{ id: orders, schema: 'sales', table_name: 'orders' }],
      roles: [{ id: gammaRole, name: 'Gamma' }],
      group_key: 'region',
      clause: "region = 'EU'",
    });

    const changed = await api.as(api.admin, 'PUT', `${URL}${id}`, {
      filter_type: 'Base',
      tables: [customers, orders],
      roles: [alphaRole],
      group_key: '',
    });
    expect(changed.statusCode, changed.body).toBe(200);
    const list = await api.as(
      api.admin,
      'GET',
      `${URL}${q('(filters:!((col:name,opr:ct,value:eu)))')}`,
    );
    const page = list.json<RlsListResponse>();
    expect(page.count).toBe(1);
    expect(page.result[0]).toMatchObject({
      name: 'EU only',
      filter_type: 'Base',
      group_key: null,
      roles: [{ name: 'Alpha' }],
      changed_by: { first_name: 'Test', last_name: 'User' },
    });
    expect(page.result[0]?.tables.map((t) => t.table_name)).toEqual(['customers', 'orders']);
    expect(page.result[0]?.changed_on_delta_humanized).not.toBe('');

    expect((await api.as(api.admin, 'DELETE', `${URL}${id}`)).statusCode).toBe(200);
    expect((await api.as(api.admin, 'GET', `${URL}${id}`)).statusCode).toBe(404);
  });

  it('filters the list by type, dataset and role, and deletes several at once', async () => {
    const ids: number[] = [];
    for (const [name, filter_type, tables, roles] of [
      ['r1', 'Regular', [orders], [gammaRole]],
      ['r2', 'Base', [customers], [alphaRole]],
      ['r3', 'Regular', [customers], [alphaRole]],
    ] as const) {
      const created = await create({ name, filter_type, tables, roles });
      ids.push(created.json<{ id: number }>().id);
    }
    const names = async (filters: string) =>
      (
        await api.as(
          api.admin,
          'GET',
          `${URL}${q(`(filters:!(${filters}),order_column:name,order_direction:asc)`)}`,
        )
      )
        .json<RlsListResponse>()
        .result.map((rule) => rule.name);
    expect(await names('(col:filter_type,opr:eq,value:Base)')).toEqual(['r2']);
    expect(await names(`(col:tables,opr:rel_m_m,value:${customers})`)).toEqual(['r2', 'r3']);
    expect(await names(`(col:roles,opr:rel_m_m,value:${gammaRole})`)).toEqual(['r1']);

    const missing = await api.as(api.admin, 'DELETE', `${URL}${q(`!(${ids[0]},99999)`)}`);
    expect(missing.statusCode).toBe(404);
    const bulk = await api.as(api.admin, 'DELETE', `${URL}${q(`!(${ids.join(',')})`)}`);
    expect(bulk.json()).toEqual({ message: 'Deleted 3 rules' });
    expect((await api.as(api.admin, 'GET', URL)).json<RlsListResponse>().count).toBe(0);
  });

  it('refuses unknown roles and datasets, a taken name, and a rule without datasets', async () => {
    const unknown = await create({ name: 'bad links', roles: [gammaRole, 4242], tables: [777] });
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json<{ message: string }>().message).toMatch(
      /dataset has the id 777.*role has the id 4242/,
    );

    expect((await create({ name: 'taken' })).statusCode).toBe(201);
    const taken = await create({ name: 'taken' });
    expect(taken.statusCode).toBe(422);
    expect(taken.json<{ errors: { error_type: string }[] }>().errors[0]?.error_type).toBe(
      'RLS_RULE_ALREADY_EXISTS',
    );
    expect((await create({ name: 'no tables', tables: [] })).statusCode).toBe(400);
    expect((await create({ name: 'bad type', filter_type: 'Sometimes' })).statusCode).toBe(400);
  });

  it('offers the roles and datasets a rule can name', async () => {
    const roles = await api.as(api.admin, 'GET', `${URL}related/roles${q('(filter:amm)')}`);
    expect(roles.json()).toEqual({ count: 1, result: [{ value: gammaRole, text: 'Gamma' }] });
    const tables = await api.as(api.admin, 'GET', `${URL}related/tables`);
    expect(tables.json()).toEqual({
      count: 2,
      result: [
        { value: customers, text: 'sales.customers' },
        { value: orders, text: 'sales.orders' },
      ],
    });
  });

  it('is for admins only', async () => {
    for (const [method, url] of [
      ['GET', URL],
      ['GET', `${URL}1`],
      ['GET', `${URL}related/roles`],
      ['POST', URL],
      ['PUT', `${URL}1`],
      ['DELETE', `${URL}1`],
    ] as const) {
      expect((await api.as(api.gamma, method, url, {})).statusCode, `${method} ${url}`).toBe(403);
    }
  });

  it('gives the predicates of the rules saved through the API to the members of their roles', async () => {
    await api.t.metadataDb.kysely.deleteFrom('row_level_security_filters').execute();
    await create({ name: 'gamma sees tenant 7', clause: 'tenant = 7', roles: [gammaRole] });
    const rls = createRowLevelSecurityCapability(api.t.metadataDb.kysely);
    const gamma: Actor = {
      kind: 'user',
      userId: 9,
      username: 'eve',
      roles: ['Gamma'],
      permissions: new Set<string>(),
    };
    expect(await rls.predicatesFor(gamma, orders)).toEqual(['(tenant = 7)']);
    expect(await rls.predicatesFor(gamma, customers)).toEqual([]);
    expect(await rls.predicatesFor({ ...gamma, roles: ['Alpha'] }, orders)).toEqual([]);
  });
});
