import pg from 'pg';
import type { LightMyRequestResponse } from 'fastify';
import { DATABASES_API_PATH, SQLLAB_API_PATH } from '@superset-ts/shared';
import { addUser } from '../../../app/test-support/test-app.js';
import {
  startDatabaseApiTestApp,
  TEST_USER_PASSWORD,
  type DatabaseApiTestApp,
} from '../../databases/test-support/database-api-test-app.js';
import { loginHeaders, type BrowserHeaders } from '../../session/test-support/session-client.js';
import { createRoleWith, pairIdOf } from '../../users/test-support/security-api-client.js';

/** A database as a test creates it: its URL and the SQL Lab flags to set. */
export interface TestDatabase {
  name: string;
  uri: string;
  flags?: Partial<
    Record<
      'allow_dml' | 'allow_run_async' | 'allow_ctas' | 'allow_cvas' | 'expose_in_sqllab',
      boolean
    >
  > & { force_ctas_schema?: string };
}

/** The database API test app with SQL Lab users: `alice` and `bob` (sql_lab, all databases). */
export interface SqlLabTestApp extends DatabaseApiTestApp {
  alice: BrowserHeaders;
  bob: BrowserHeaders;
  /** Database ids by the names given. */
  ids: Record<string, number>;
  execute(as: BrowserHeaders, body: Record<string, unknown>): Promise<LightMyRequestResponse>;
}

/** Starts the app, creates the databases as admin and two SQL Lab users with access to all. */
export async function startSqlLabTestApp(
  databases: readonly TestDatabase[],
  overrides: Record<string, unknown> = {},
): Promise<SqlLabTestApp> {
  const api = await startDatabaseApiTestApp(overrides);
  const ids: Record<string, number> = {};
  for (const database of databases) {
    const created = await api.as(api.admin, 'POST', DATABASES_API_PATH, {
      database_name: database.name,
      sqlalchemy_uri: database.uri,
      ...database.flags,
    });
    if (created.statusCode !== 201) throw new Error(`creating ${database.name}: ${created.body}`);
    ids[database.name] = created.json<{ id: number }>().id;
  }
  const { metadataDb } = api.t;
  await createRoleWith(metadataDb, 'every_database', [
    await pairIdOf(metadataDb, 'all_database_access', 'all_database_access'),
  ]);
  for (const username of ['alice', 'bob']) {
    await addUser(metadataDb, {
      username,
      password: TEST_USER_PASSWORD,
      roles: ['Gamma', 'sql_lab', 'every_database'],
      firstName: username,
    });
  }
  const alice = await loginHeaders(api.t.app, 'alice', TEST_USER_PASSWORD);
  const bob = await loginHeaders(api.t.app, 'bob', TEST_USER_PASSWORD);
  return {
    ...api,
    alice,
    bob,
    ids,
    execute: (as, body) => api.as(as, 'POST', `${SQLLAB_API_PATH}execute/`, body),
  };
}

/** Runs SQL on PostgreSQL's `test` database directly (set-up and checks). */
export async function onPostgres<Row extends object = Record<string, unknown>>(
  uri: string,
  sql: string,
): Promise<Row[]> {
  const client = new pg.Client({ connectionString: uri });
  await client.connect();
  try {
    return (await client.query<Row>(sql)).rows;
  } finally {
    await client.end();
  }
}

/** Waits until `check` is true, polling; fails after `timeoutMs`. */
export async function waitFor(
  check: () => Promise<boolean>,
  what: string,
  timeoutMs = 10_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`Timed out waiting for ${what}`);
}
