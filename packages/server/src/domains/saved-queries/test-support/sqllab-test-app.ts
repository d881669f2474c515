import { join } from 'node:path';
import Database from 'better-sqlite3';
import { DATABASES_API_PATH } from '@superset-ts/shared';
import type { LightMyRequestResponse } from 'fastify';
import { addUser } from '../../../app/test-support/test-app.js';
import {
  startDatabaseApiTestApp,
  TEST_USER_PASSWORD,
  type DatabaseApiTestApp,
} from '../../databases/test-support/database-api-test-app.js';
import { databaseViewMenu } from '../../databases/database-access.js';
import { loginHeaders, type BrowserHeaders } from '../../session/test-support/session-client.js';
import { createRoleWith, pairIdOf } from '../../users/test-support/security-api-client.js';

/** An app with two SQL Lab users who may use one database, and one database they may not. */
export interface SqlLabTestApp {
  api: DatabaseApiTestApp;
  /** Gamma + sql_lab users with access to `databaseId`. */
  alice: BrowserHeaders;
  bob: BrowserHeaders;
  /** A database alice and bob may use. */
  databaseId: number;
  /** A database only Admin may use. */
  privateDatabaseId: number;
  as(
    who: BrowserHeaders,
    method: 'GET' | 'POST' | 'PUT' | 'DELETE',
    url: string,
    body?: unknown,
  ): Promise<LightMyRequestResponse>;
  close(): Promise<void>;
}

async function addDatabase(api: DatabaseApiTestApp, name: string, uri: string): Promise<number> {
  const created = await api.as(api.admin, 'POST', DATABASES_API_PATH, {
    database_name: name,
    sqlalchemy_uri: uri,
    expose_in_sqllab: true,
  });
  if (created.statusCode !== 201) throw new Error(`database not created: ${created.body}`);
  return created.json<{ id: number }>().id;
}

function sqliteFile(dir: string, name: string): string {
  const file = join(dir, `${name}.db`);
  const db = new Database(file);
  db.exec('create table if not exists t (x integer)');
  db.close();
  return file;
}

/**
 * Builds the app (config overrides applied), a SQLite database shared with the SQL Lab users
 * through a custom role, or `sharedUri` instead of it, and a private SQLite database.
 */
export async function startSqlLabTestApp(
  options: { overrides?: Record<string, unknown>; sharedUri?: string } = {},
): Promise<SqlLabTestApp> {
  const api = await startDatabaseApiTestApp(options.overrides);
  const sharedUri = options.sharedUri ?? `sqlite:///${sqliteFile(api.filesDir, 'shared')}`;
  const databaseId = await addDatabase(api, 'shared', sharedUri);
  const privateDatabaseId = await addDatabase(
    api,
    'private',
    `sqlite:///${sqliteFile(api.filesDir, 'private')}`,
  );
  const pair = await pairIdOf(
    api.t.metadataDb,
    'database_access',
    databaseViewMenu('shared', databaseId),
  );
  await createRoleWith(api.t.metadataDb, 'SharedDb', [pair]);
  const roles = ['Gamma', 'sql_lab', 'SharedDb'];
  for (const username of ['alice', 'bob']) {
    await addUser(api.t.metadataDb, { username, password: TEST_USER_PASSWORD, roles });
  }
  return {
    api,
    alice: await loginHeaders(api.t.app, 'alice', TEST_USER_PASSWORD),
    bob: await loginHeaders(api.t.app, 'bob', TEST_USER_PASSWORD),
    databaseId,
    privateDatabaseId,
    as: api.as,
    close: () => api.t.close(),
  };
}
