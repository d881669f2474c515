import { join } from 'node:path';
import Database from 'better-sqlite3';
import { type SqlLabResults } from '@superset-ts/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  describeWithServices,
  LIVE_MARIADB,
} from '../databases/test-support/live-database-services.js';
import { startSqlLabTestApp, type SqlLabTestApp } from './test-support/sqllab-test-app.js';

await describeWithServices([LIVE_MARIADB], 'SQL Lab on MariaDB', () => {
  let api: SqlLabTestApp;
  beforeAll(async () => {
    api = await startSqlLabTestApp([{ name: 'maria', uri: LIVE_MARIADB.uri }]);
  });
  afterAll(() => api.t.close());

  it('runs a SELECT with a limit, and refuses DML without allow_dml', async () => {
    const response = await api.execute(api.alice, {
      database_id: api.ids.maria,
      sql: "select 1 as n, 'x' as s union all select 2, 'y' union all select 3, 'z'",
      queryLimit: 2,
    });
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json<SqlLabResults>();
    expect(body.data).toEqual([
      { n: 1, s: 'x' },
      { n: 2, s: 'y' },
    ]);
    expect(body.query.limitingFactor).toBe('DROPDOWN');
    const refused = await api.execute(api.alice, {
      database_id: api.ids.maria,
      sql: 'create table sqllab_should_not_exist (n int)',
    });
    expect(refused.statusCode).toBe(400);
  });
});

describe('SQL Lab on SQLite', () => {
  let api: SqlLabTestApp;
  beforeAll(async () => {
    api = await startSqlLabTestApp([]);
    const file = join(api.filesDir, 'lab.db');
    const db = new Database(file);
    db.exec("create table fruit (name text); insert into fruit values ('apple'), ('pear');");
    db.close();
    const created = await api.as(api.admin, 'POST', '/api/v1/database/', {
      database_name: 'lite',
      sqlalchemy_uri: `sqlite:///${file}`,
    });
    expect(created.statusCode, created.body).toBe(201);
    api.ids.lite = created.json<{ id: number }>().id;
  });
  afterAll(() => api.t.close());

  it('runs a SELECT and refuses a DELETE without allow_dml', async () => {
    const response = await api.execute(api.alice, {
      database_id: api.ids.lite,
      sql: 'select name from fruit order by name',
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json<SqlLabResults>().data).toEqual([{ name: 'apple' }, { name: 'pear' }]);
    const refused = await api.execute(api.alice, {
      database_id: api.ids.lite,
      sql: 'delete from fruit',
    });
    expect(refused.statusCode).toBe(400);
  });
});
