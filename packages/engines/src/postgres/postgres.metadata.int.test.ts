import { afterAll, beforeAll, expect, it } from 'vitest';
import type { EngineClient } from '../spec/client.js';
import { describeLive, LIVE_POSTGRES, scratchName } from '../test-support/live-services.js';
import { openLiveClient } from '../test-support/live-clients.js';
import { POSTGRES_SPEC } from './postgres.spec.js';

const server = `postgresql://postgres@${LIVE_POSTGRES.host}:${LIVE_POSTGRES.port}`;
const database = scratchName('pg_meta');

await describeLive(LIVE_POSTGRES, 'PostgreSQL metadata and connection errors (live)', () => {
  let admin: EngineClient;
  let client: EngineClient;

  beforeAll(async () => {
    admin = await openLiveClient(POSTGRES_SPEC, `${server}/test`);
    await admin.execute(`CREATE DATABASE "${database}"`);
    client = await openLiveClient(POSTGRES_SPEC, `${server}/${database}`);
    for (const statement of [
      'CREATE SCHEMA shop',
      `CREATE TABLE shop.customers (id serial PRIMARY KEY, email varchar(120) NOT NULL UNIQUE)`,
      `CREATE TABLE shop.orders (
         id bigint NOT NULL, line int NOT NULL, customer_id int REFERENCES shop.customers (id),
         total numeric(12, 2) DEFAULT 0, placed_at timestamptz,
         CONSTRAINT orders_pk PRIMARY KEY (id, line))`,
      `COMMENT ON TABLE shop.orders IS 'One row per order line'`,
      `COMMENT ON COLUMN shop.orders.total IS 'Gross, in EUR'`,
      'CREATE INDEX orders_placed ON shop.orders (placed_at)',
      'CREATE VIEW shop.big_orders AS SELECT * FROM shop.orders WHERE total > 100',
      'CREATE MATERIALIZED VIEW shop.order_count AS SELECT count(*) AS n FROM shop.orders',
    ]) {
      await client.execute(statement);
    }
  });

  afterAll(async () => {
    await client?.close();
    await admin?.execute(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
    await admin?.close();
  });

  it('lists user schemas, tables and views, without the system schemas', async () => {
    const schemas = await client.listSchemas();
    expect(schemas).toEqual(expect.arrayContaining(['public', 'shop']));
    expect(schemas.filter((s) => s.startsWith('pg_') || s === 'information_schema')).toEqual([]);
    expect(await client.listTables('shop')).toEqual(['customers', 'orders']);
    expect(await client.listViews('shop')).toEqual(['big_orders', 'order_count']);
    expect(await client.listTables(null)).toEqual([]);
  });

  it('describes columns, keys and indexes of a table', async () => {
    const orders = await client.getTableMetadata('orders', 'shop');
    expect(orders).toMatchObject({
      name: 'orders',
      schema: 'shop',
      comment: 'One row per order line',
    });
    expect(orders.columns).toEqual([
      { name: 'id', type: 'bigint', genericType: 0, nullable: false, default: null, comment: null },
      {
        name: 'line',
        type: 'integer',
        genericType: 0,
        nullable: false,
        default: null,
        comment: null,
      },
      {
        name: 'customer_id',
        type: 'integer',
        genericType: 0,
        nullable: true,
        default: null,
        comment: null,
      },
      {
        name: 'total',
        type: 'numeric(12,2)',
        genericType: 0,
        nullable: true,
        default: '0',
        comment: 'Gross, in EUR',
      },
      {
        name: 'placed_at',
        type: 'timestamp with time zone',
        genericType: 2,
        nullable: true,
        default: null,
        comment: null,
      },
    ]);
    expect(orders.primaryKey).toEqual({ name: 'orders_pk', column_names: ['id', 'line'] });
    expect(orders.foreignKeys).toEqual([
      {
        name: 'orders_customer_id_fkey',
        constrained_columns: ['customer_id'],
        referred_schema: 'shop',
        referred_table: 'customers',
        referred_columns: ['id'],
      },
    ]);
    expect(orders.indexes).toEqual([
      { name: 'orders_placed', column_names: ['placed_at'], unique: false },
    ]);

    const customers = await client.getTableMetadata('customers', 'shop');
    expect(customers.columns[0]?.default).toMatch(/^nextval\('shop\.customers_id_seq'/);
    expect(customers.columns[1]).toMatchObject({ type: 'character varying(120)', genericType: 1 });
    expect(customers.indexes).toEqual([
      { name: 'customers_email_key', column_names: ['email'], unique: true },
    ]);
  });

  it('describes a view, and says when a table does not exist', async () => {
    const view = await client.getTableMetadata('big_orders', 'shop');
    expect(view.columns.map((c) => c.name)).toEqual([
      'id',
      'line',
      'customer_id',
      'total',
      'placed_at',
    ]);
    expect(view.primaryKey).toBeNull();
    await expect(client.getTableMetadata('orders', 'public')).rejects.toMatchObject({
      code: 'TABLE_DOES_NOT_EXIST_ERROR',
    });
  });

  it('tests the connection, telling each failure apart', async () => {
    await expect(client.testConnection()).resolves.toBeUndefined();
    const failures: Array<[string, string]> = [
      [`${server}/no_such_database_here`, 'CONNECTION_UNKNOWN_DATABASE_ERROR'],
      [
        `postgresql://no_such_role@127.0.0.1:${LIVE_POSTGRES.port}/test`,
        'CONNECTION_INVALID_USERNAME_ERROR',
      ],
      ['postgresql://postgres:hunter2secret@127.0.0.1:1/test', 'CONNECTION_PORT_CLOSED_ERROR'],
      [
        'postgresql://postgres:hunter2secret@no-such-host.invalid:5432/test',
        'CONNECTION_INVALID_HOSTNAME_ERROR',
      ],
    ];
    for (const [uri, code] of failures) {
      const broken = await openLiveClient(POSTGRES_SPEC, uri);
      try {
        const error = await broken.testConnection().catch((e: unknown) => e);
        expect(error).toMatchObject({ code });
        expect(String((error as Error).message)).not.toContain('hunter2secret');
      } finally {
        await broken.close();
      }
    }
  });
});
