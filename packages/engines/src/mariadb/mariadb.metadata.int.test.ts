import { afterAll, beforeAll, expect, it } from 'vitest';
import type { EngineClient } from '../spec/client.js';
import { describeLive, LIVE_MARIADB, scratchName } from '../test-support/live-services.js';
import { openLiveClient } from '../test-support/live-clients.js';
import { MARIADB_SPEC } from './mariadb.spec.js';

const host = `${LIVE_MARIADB.host}:${LIVE_MARIADB.port}`;
const database = scratchName('maria_meta');
const user = scratchName('u').slice(0, 30);
const password = 'right-horse-battery';

await describeLive(LIVE_MARIADB, 'MariaDB metadata and connection errors (live)', () => {
  let admin: EngineClient;
  let client: EngineClient;

  beforeAll(async () => {
    admin = await openLiveClient(MARIADB_SPEC, `mariadb://root@${host}/test`);
    await admin.execute(`CREATE DATABASE \`${database}\``);
    await admin.execute(`CREATE USER '${user}'@'%' IDENTIFIED BY '${password}'`);
    await admin.execute(`GRANT SELECT ON \`${database}\`.* TO '${user}'@'%'`);
    client = await openLiveClient(MARIADB_SPEC, `mariadb://root@${host}/${database}`);
    for (const statement of [
      `CREATE TABLE customers (id INT AUTO_INCREMENT PRIMARY KEY, email VARCHAR(120) NOT NULL,
         UNIQUE KEY customers_email (email))`,
      `CREATE TABLE orders (
         id BIGINT NOT NULL, line INT NOT NULL, customer_id INT NULL,
         total DECIMAL(12, 2) DEFAULT 0 COMMENT 'Gross, in EUR', placed_at DATETIME NULL,
         PRIMARY KEY (id, line), KEY orders_placed (placed_at),
         CONSTRAINT orders_customer FOREIGN KEY (customer_id) REFERENCES customers (id)
       ) COMMENT 'One row per order line'`,
      'CREATE VIEW big_orders AS SELECT * FROM orders WHERE total > 100',
    ]) {
      await client.execute(statement);
    }
  });

  afterAll(async () => {
    await client?.close();
    await admin?.execute(`DROP USER IF EXISTS '${user}'@'%'`);
    await admin?.execute(`DROP DATABASE IF EXISTS \`${database}\``);
    await admin?.close();
  });

  it('lists databases as schemas without the system ones, and tables apart from views', async () => {
    const schemas = await client.listSchemas();
    expect(schemas).toEqual(expect.arrayContaining([database, 'test']));
    for (const system of ['information_schema', 'mysql', 'performance_schema', 'sys']) {
      expect(schemas).not.toContain(system);
    }
    expect(await client.listTables(null)).toEqual(['customers', 'orders']);
    expect(await client.listTables(database)).toEqual(['customers', 'orders']);
    expect(await client.listViews(null)).toEqual(['big_orders']);
  });

  it('describes columns, keys and indexes of a table', async () => {
    const orders = await client.getTableMetadata('orders', null);
    expect(orders).toMatchObject({
      name: 'orders',
      schema: database,
      comment: 'One row per order line',
    });
    expect(
      orders.columns.map((c) => [c.name, c.type, c.genericType, c.nullable, c.default, c.comment]),
    ).toEqual([
      ['id', 'bigint(20)', 0, false, null, null],
      ['line', 'int(11)', 0, false, null, null],
      ['customer_id', 'int(11)', 0, true, null, null],
      ['total', 'decimal(12,2)', 0, true, '0.00', 'Gross, in EUR'],
      ['placed_at', 'datetime', 2, true, null, null],
    ]);
    expect(orders.primaryKey).toEqual({ name: 'PRIMARY', column_names: ['id', 'line'] });
    expect(orders.foreignKeys).toEqual([
      {
        name: 'orders_customer',
        constrained_columns: ['customer_id'],
        referred_schema: database,
        referred_table: 'customers',
        referred_columns: ['id'],
      },
    ]);
    expect(orders.indexes).toEqual([
      { name: 'orders_customer', column_names: ['customer_id'], unique: false },
      { name: 'orders_placed', column_names: ['placed_at'], unique: false },
    ]);
    const customers = await client.getTableMetadata('customers', database);
    expect(customers.indexes).toEqual([
      { name: 'customers_email', column_names: ['email'], unique: true },
    ]);
    await expect(client.getTableMetadata('orders', 'test')).rejects.toMatchObject({
      code: 'TABLE_DOES_NOT_EXIST_ERROR',
    });
  });

  it('tests the connection, telling each failure apart without echoing the password', async () => {
    await expect(client.testConnection()).resolves.toBeUndefined();
    const rightUser = await openLiveClient(
      MARIADB_SPEC,
      `mariadb://${user}:${password}@${host}/${database}`,
    );
    await expect(rightUser.testConnection()).resolves.toBeUndefined();
    await rightUser.close();

    const failures: Array<[string, string]> = [
      [
        `mariadb://${user}:wrong-hunter2secret@${host}/${database}`,
        'CONNECTION_ACCESS_DENIED_ERROR',
      ],
      [`mariadb://root@${host}/no_such_database_here`, 'CONNECTION_UNKNOWN_DATABASE_ERROR'],
      ['mariadb://root:hunter2secret@127.0.0.1:1/test', 'CONNECTION_PORT_CLOSED_ERROR'],
      [
        'mariadb://root:hunter2secret@no-such-host.invalid:3306/test',
        'CONNECTION_INVALID_HOSTNAME_ERROR',
      ],
    ];
    for (const [uri, code] of failures) {
      const broken = await openLiveClient(MARIADB_SPEC, uri);
      try {
        const error = await broken.testConnection().catch((e: unknown) => e);
        expect(error).toMatchObject({ code });
        expect(
          JSON.stringify({
            message: (error as Error).message,
            extra: (error as { extra?: unknown }).extra,
          }),
        ).not.toContain('hunter2secret');
      } finally {
        await broken.close();
      }
    }
  });
});
