import { randomBytes } from 'node:crypto';
import pg from 'pg';
import {
  DATABASES_API_PATH,
  SQLLAB_API_PATH,
  type SqlValidationAnnotation,
} from '@superset-ts/shared';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  describeWithServices,
  LIVE_POSTGRES,
} from '../databases/test-support/live-database-services.js';
import {
  startSqlLabTestApp,
  type SqlLabTestApp,
} from '../saved-queries/test-support/sqllab-test-app.js';

const SCHEMA = `st_tools_${randomBytes(4).toString('hex')}`;

async function onTestDatabase<T extends pg.QueryResultRow>(sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: LIVE_POSTGRES.uri });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

await describeWithServices(
  [LIVE_POSTGRES],
  'SQL Lab tools on PostgreSQL: validate_sql, estimate, format_sql',
  () => {
    let t: SqlLabTestApp;
    const validate = async (sql: string, databaseId = t.databaseId) => {
      const response = await t.as(
        t.alice,
        'POST',
        `${DATABASES_API_PATH}${databaseId}/validate_sql/`,
        {
          sql,
          schema: SCHEMA,
        },
      );
      return {
        status: response.statusCode,
        body: response.json<{ result: SqlValidationAnnotation[]; message: string }>(),
      };
    };
    const estimate = (sql: string) =>
      t.as(t.alice, 'POST', `${SQLLAB_API_PATH}estimate/`, {
        database_id: t.databaseId,
        sql,
        schema: SCHEMA,
      });

    beforeAll(async () => {
      await onTestDatabase(`
        create schema ${SCHEMA};
        create table ${SCHEMA}.orders (id integer primary key, amount numeric);
        insert into ${SCHEMA}.orders values (1, 10), (2, 20);
      `);
      t = await startSqlLabTestApp({
        sharedUri: LIVE_POSTGRES.uri,
        overrides: {
          FEATURE_FLAGS: { ESTIMATE_QUERY_COST: true },
          SQL_VALIDATORS_BY_ENGINE: {
            postgresql: 'PostgreSQLValidator',
            sqlite: {
              validate: (sql: string, context: { database: { backend: string } }) => [
                {
                  line_number: 1,
                  start_column: 1,
                  end_column: sql.length + 1,
                  message: `checked on ${context.database.backend}`,
                },
              ],
            },
          },
        },
      });
    });
    afterAll(async () => {
      await t.close();
      await onTestDatabase(`drop schema if exists ${SCHEMA} cascade`);
    });

    it('reports an unknown column at its line and column', async () => {
      const { status, body } = await validate('SELECT 1;\nSELECT nosuchcol FROM orders');
      expect(status).toBe(200);
      expect(body.result).toHaveLength(1);
      expect(body.result[0]).toMatchObject({ line_number: 2, start_column: 8, end_column: 17 });
      expect(body.result[0]?.message).toMatch(/nosuchcol/);
    });

    it('reports a syntax error where the server found it, in each failing statement', async () => {
      const { body } = await validate('SELECT amount\n  FROM orders\n WHERE;\nSELEC 1');
      expect(body.result.map((a) => [a.line_number, a.start_column])).toEqual([
        [3, 7],
        [4, 1],
      ]);
    });

    it('finds nothing wrong in valid SQL, and runs none of it', async () => {
      const { body } = await validate(
        `SELECT sum(amount) FROM orders;\nDELETE FROM orders;\nCREATE TABLE ${SCHEMA}.made (a int);\nUPDATE orders SET amount = 0`,
      );
      expect(body.result).toEqual([]);
      const rows = await onTestDatabase<{ n: string; total: string }>(
        `select count(*) as n, sum(amount) as total from ${SCHEMA}.orders`,
      );
      expect(rows[0]).toEqual({ n: '2', total: '30' });
      const made = await onTestDatabase(`select to_regclass('${SCHEMA}.made') as t`);
      expect(made[0]).toEqual({ t: null });
    });

    it('uses a validator object from SQL_VALIDATORS_BY_ENGINE, on databases the caller may use', async () => {
      // alice may not use the private database: it is not found for her.
      expect((await validate('select 42', t.privateDatabaseId)).status).toBe(404);
      const admin = await t.as(
        t.api.admin,
        'POST',
        `${DATABASES_API_PATH}${t.privateDatabaseId}/validate_sql/`,
        { sql: 'select 42' },
      );
      expect(admin.json()).toEqual({
        result: [{ line_number: 1, start_column: 1, end_column: 10, message: 'checked on sqlite' }],
      });
    });

    it('estimates each statement once the database enables cost estimates', async () => {
      const refused = await estimate('SELECT * FROM orders');
      expect(refused.statusCode).toBe(400);
      expect(refused.json<{ message: string }>().message).toContain('cost_estimate_enabled');

      const enabled = await t.as(t.api.admin, 'PUT', `${DATABASES_API_PATH}${t.databaseId}`, {
        extra: JSON.stringify({ cost_estimate_enabled: true }),
      });
      expect(enabled.statusCode, enabled.body).toBe(200);

      const response = await estimate(
        'SELECT * FROM orders;\nSELECT count(*) FROM orders o1, orders o2',
      );
      expect(response.statusCode, response.body).toBe(200);
      const result = response.json<{ result: Record<string, string>[] }>().result;
      expect(result).toHaveLength(2);
      for (const row of result) {
        expect(Object.keys(row)).toEqual(['Start-up cost', 'Total cost']);
        expect(row['Start-up cost']).toMatch(/^\d+\.\d+$/);
        expect(Number(row['Total cost'])).toBeGreaterThan(0);
      }
      expect(Number(result[1]?.['Total cost'])).toBeGreaterThan(Number(result[0]?.['Total cost']));
    });

    it('formats SQL in the database dialect', async () => {
      const response = await t.as(t.alice, 'POST', `${SQLLAB_API_PATH}format_sql/`, {
        sql: 'select id, amount from orders where amount > 1',
        database_id: t.databaseId,
      });
      expect(response.statusCode).toBe(200);
      expect(response.json()).toEqual({
        result: 'select\n  id,\n  amount\nfrom\n  orders\nwhere\n  amount > 1',
      });
    });
  },
);
