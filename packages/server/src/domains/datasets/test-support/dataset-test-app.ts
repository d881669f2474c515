import { join } from 'node:path';
import Database from 'better-sqlite3';
import { DATABASES_API_PATH, DATASETS_API_PATH } from '@superset-ts/shared';
import type { LightMyRequestResponse } from 'fastify';
import { addUser } from '../../../app/test-support/test-app.js';
import {
  startDatabaseApiTestApp,
  TEST_USER_PASSWORD,
  type DatabaseApiTestApp,
} from '../../databases/test-support/database-api-test-app.js';
import { loginHeaders, type BrowserHeaders } from '../../session/test-support/session-client.js';
import { createRoleWith, pairIdOf } from '../../users/test-support/security-api-client.js';

/** An app with a SQLite analytics database holding `orders`, and users of each kind. */
export interface DatasetTestApp {
  api: DatabaseApiTestApp;
  /** The analytics database file, to change the source under the datasets. */
  sqliteFile: string;
  databaseId: number;
  admin: BrowserHeaders;
  alpha: BrowserHeaders;
  gamma: BrowserHeaders;
  as(
    who: BrowserHeaders,
    method: 'GET' | 'POST' | 'PUT' | 'DELETE',
    url: string,
    body?: unknown,
  ): Promise<LightMyRequestResponse>;
  /** Creates a dataset as admin; returns its id (fails the test on anything but 201). */
  createDataset(body: Record<string, unknown>): Promise<number>;
  /** A Gamma user also holding `permission` on `viewMenu` (a new role), logged in. */
  gammaWith(username: string, permission: string, viewMenu: string): Promise<BrowserHeaders>;
  /** Runs SQL on the analytics database file. */
  onSource(sql: string): void;
  close(): Promise<void>;
}

const ORDERS = `
  create table orders (id integer primary key, amount real, placed_at timestamp, region text);
  insert into orders values
    (1, 5, '2024-01-01 10:00:00', 'north'),
    (2, 20, '2024-01-02 10:00:00', 'south'),
    (3, 30, '2024-01-03 10:00:00', 'east'),
    (4, 40, '2024-01-04 10:00:00', 'south');
`;

/** Builds the app with a SQLite database `analytics` (file under the allowed folder). */
export async function startDatasetTestApp(
  overrides: Record<string, unknown> = {},
): Promise<DatasetTestApp> {
  const api = await startDatabaseApiTestApp(overrides);
  const sqliteFile = join(api.filesDir, 'analytics.db');
  const onSource = (sql: string) => {
    const db = new Database(sqliteFile);
    try {
      db.exec(sql);
    } finally {
      db.close();
    }
  };
  onSource(ORDERS);
  const created = await api.as(api.admin, 'POST', DATABASES_API_PATH, {
    database_name: 'analytics',
    sqlalchemy_uri: `sqlite:///${sqliteFile}`,
  });
  if (created.statusCode !== 201) throw new Error(`database not created: ${created.body}`);
  const databaseId = created.json<{ id: number }>().id;
  await addUser(api.t.metadataDb, {
    username: 'alpha',
    password: TEST_USER_PASSWORD,
    roles: ['Alpha'],
  });
  return {
    api,
    sqliteFile,
    databaseId,
    admin: api.admin,
    alpha: await loginHeaders(api.t.app, 'alpha', TEST_USER_PASSWORD),
    gamma: api.gamma,
    as: api.as,
    onSource,
    async createDataset(body) {
      const response = await api.as(api.admin, 'POST', DATASETS_API_PATH, {
        database: databaseId,
        ...body,
      });
      if (response.statusCode !== 201) throw new Error(`dataset not created: ${response.body}`);
      return response.json<{ id: number }>().id;
    },
    async gammaWith(username, permission, viewMenu) {
      const pair = await pairIdOf(api.t.metadataDb, permission, viewMenu);
      await createRoleWith(api.t.metadataDb, `${username}_role`, [pair]);
      await addUser(api.t.metadataDb, {
        username,
        password: TEST_USER_PASSWORD,
        roles: ['Gamma', `${username}_role`],
      });
      return loginHeaders(api.t.app, username, TEST_USER_PASSWORD);
    },
    close: () => api.t.close(),
  };
}
