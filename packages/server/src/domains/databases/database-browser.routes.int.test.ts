import { randomBytes } from 'node:crypto';
import pg from 'pg';
import {
  DATABASES_API_PATH as URL,
  GenericDataType,
  type TableMetadataResponse,
} from '@superset-ts/shared';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  startDatabaseApiTestApp,
  type DatabaseApiTestApp,
} from './test-support/database-api-test-app.js';
import { describeWithServices, LIVE_POSTGRES } from './test-support/live-database-services.js';

const SCHEMA = `st_browse_${randomBytes(4).toString('hex')}`;

async function onTestDatabase(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: LIVE_POSTGRES.uri });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

await describeWithServices(
  [LIVE_POSTGRES],
  'browsing a database: schemas, tables, metadata',
  () => {
    let api: DatabaseApiTestApp;
    let id: number;
    const get = async <T>(path: string, as = 'admin' as 'admin' | 'gamma') => {
      const response = await api.as(api[as], 'GET', `${URL}${id}/${path}`);
      return { status: response.statusCode, body: response.json<T>() };
    };

    beforeAll(async () => {
      await onTestDatabase(`
      create schema ${SCHEMA};
      create table ${SCHEMA}.customers (id integer primary key, name varchar(100) not null);
      create table ${SCHEMA}.orders (
        order_id bigint constraint orders_pkey primary key,
        customer_id integer constraint orders_customer_fk references ${SCHEMA}.customers (id),
        amount numeric(10, 2),
        placed_at timestamp,
        is_paid boolean default false
      );
      create index orders_placed_at_idx on ${SCHEMA}.orders (placed_at);
      create view ${SCHEMA}.big_orders as select * from ${SCHEMA}.orders where amount > 100;
    `);
      api = await startDatabaseApiTestApp();
      const created = await api.as(api.admin, 'POST', URL, {
        database_name: 'browse',
        sqlalchemy_uri: LIVE_POSTGRES.uri,
      });
      expect(created.statusCode, created.body).toBe(201);
      id = created.json<{ id: number }>().id;
    });
    afterAll(async () => {
      await api.t.close();
      await onTestDatabase(`drop schema if exists ${SCHEMA} cascade`);
    });

    it('lists schemas, then the tables and views of one', async () => {
      const schemas = await get<{ result: string[] }>('schemas/');
      expect(schemas.body.result).toEqual(expect.arrayContaining(['public', SCHEMA]));
      const tables = await get<{ count: number; result: unknown[] }>(
        `tables/?q=${encodeURIComponent(`(schema_name:${SCHEMA})`)}`,
      );
      expect(tables.body).toEqual({
        count: 3,
        result: [
          { value: 'customers', type: 'table', extra: null },
          { value: 'orders', type: 'table', extra: null },
          { value: 'big_orders', type: 'view', extra: null },
        ],
      });
      expect((await get('tables/')).status).toBe(400);
    });

    it('describes a table: typed columns, primary key, foreign keys, indexes and a SELECT *', async () => {
      const { status, body } = await get<TableMetadataResponse>(`table/orders/${SCHEMA}/`);
      expect(status).toBe(200);
      expect(body.name).toBe('orders');
      const column = (name: string) => body.columns.find((c) => c.name === name);
      expect(column('amount')).toMatchObject({
        type: expect.stringMatching(/^numeric$/i) as unknown,
        longType: expect.stringMatching(/^numeric\(10, ?2\)$/i) as unknown,
        type_generic: GenericDataType.NUMERIC,
        nullable: true,
      });
      expect(column('order_id')?.nullable).toBe(false);
      expect(column('placed_at')?.type_generic).toBe(GenericDataType.TEMPORAL);
      expect(column('is_paid')?.type_generic).toBe(GenericDataType.BOOLEAN);
      expect(body.primaryKey).toEqual({
        name: 'orders_pkey',
        constrained_columns: ['order_id'],
        type: 'pk',
      });
      expect(body.foreignKeys).toEqual([
        expect.objectContaining({
          name: 'orders_customer_fk',
          constrained_columns: ['customer_id'],
          referred_table: 'customers',
          referred_columns: ['id'],
          type: 'fk',
        }),
      ]);
      expect(body.indexes).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ name: 'orders_placed_at_idx', column_names: ['placed_at'] }),
        ]),
      );
      expect(column('customer_id')?.keys).toEqual([expect.objectContaining({ type: 'fk' })]);
      expect(body.selectStar).toMatch(
        new RegExp(`FROM "?${SCHEMA}"?\\."?orders"?[\\s\\S]*LIMIT 100`, 'i'),
      );

      const same = await get<TableMetadataResponse>(`table_metadata/?name=orders&schema=${SCHEMA}`);
      expect(same.body).toEqual(body);
      expect((await get(`table_metadata/?schema=${SCHEMA}`)).status).toBe(400);
    });

    it('answers SELECT * for a table or view, and 404 for one that does not exist', async () => {
      const star = await get<{ result: string }>(`select_star/big_orders/${SCHEMA}/`);
      expect(star.status).toBe(200);
      expect(star.body.result).toMatch(/SELECT \*/i);
      expect(star.body.result).toContain('big_orders');
      expect((await get(`select_star/no_such_table/${SCHEMA}/`)).status).toBe(404);
      expect((await get(`table/no_such_table/${SCHEMA}/`)).status).toBe(404);
      expect((await get('select_star/customers/')).status).toBe(404);
    });

    it('keeps the browser closed to users without access to the database', async () => {
      for (const path of ['schemas/', `table/orders/${SCHEMA}/`, `select_star/orders/${SCHEMA}/`]) {
        expect((await get(path, 'gamma')).status, path).toBe(404);
      }
    });
  },
);
