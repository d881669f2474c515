import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import type { LightMyRequestResponse } from 'fastify';
import { buildApp } from '../../../app/build-app.js';
import { addUser, type TestApp } from '../../../app/test-support/test-app.js';
import { loadConfig } from '../../../config/index.js';
import { createMetadataDb, upgrade } from '../../../db/index.js';
import { syncRoleDefinitions } from '../../../security/roles/role-sync.js';
import { loginHeaders, type BrowserHeaders } from '../../session/test-support/session-client.js';
import { requestAs } from '../../users/test-support/security-api-client.js';

/** An app for the database API's tests, with every line the server logged. */
export interface DatabaseApiTestApp {
  t: TestApp;
  /** Where SQLite files may be opened (LOCAL_DATABASE_DIRECTORIES). */
  filesDir: string;
  /** Everything the server logged, as text. */
  log: () => string;
  as: (
    headers: BrowserHeaders,
    method: 'GET' | 'POST' | 'PUT' | 'DELETE',
    url: string,
    body?: unknown,
  ) => Promise<LightMyRequestResponse>;
  /** Logged-in browsers of `admin` (Admin) and `gamma` (Gamma). */
  admin: BrowserHeaders;
  gamma: BrowserHeaders;
}

/** The password of the test users. */
export const TEST_USER_PASSWORD = 'a-long-password-1';

/**
 * Builds the app as the CLI does, on a fresh SQLite metadata database in a temp home, with
 * the server log kept (debug level) so tests can assert what never reaches it.
 */
export async function startDatabaseApiTestApp(
  overrides: Record<string, unknown> = {},
): Promise<DatabaseApiTestApp> {
  const home = mkdtempSync(join(tmpdir(), 'superset-db-api-test-'));
  const filesDir = join(home, 'files');
  mkdirSync(filesDir);
  const { config } = await loadConfig({
    env: { SUPERSET_HOME: home, HOME: home },
    cwd: home,
    overrides: {
      SECRET_KEY: 'test-secret-key-that-is-long-enough-1234567890',
      AUTH_RATE_LIMITED: false,
      LOCAL_DATABASE_DIRECTORIES: [filesDir],
      ...overrides,
    },
  });
  const metadataDb = createMetadataDb(config.SQLALCHEMY_DATABASE_URI, { cwd: home });
  await upgrade(metadataDb, 'head');
  await syncRoleDefinitions(metadataDb, { publicRoleLike: null });
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(chunk.toString());
      done();
    },
  });
  const app = await buildApp({
    config,
    metadataDb,
    version: '9.9.9-test',
    webDistDir: null,
    logger: { level: 'debug', stream },
  });
  const t: TestApp = {
    app,
    config,
    metadataDb,
    home,
    close: async () => {
      await app.close();
      await metadataDb.destroy();
      rmSync(home, { recursive: true, force: true });
    },
  };
  await addUser(metadataDb, { username: 'admin', password: TEST_USER_PASSWORD, roles: ['Admin'] });
  await addUser(metadataDb, { username: 'gamma', password: TEST_USER_PASSWORD, roles: ['Gamma'] });
  return {
    t,
    filesDir,
    log: () => lines.join(''),
    as: (headers, method, url, body) => requestAs(app, headers, method, url, body),
    admin: await loginHeaders(app, 'admin', TEST_USER_PASSWORD),
    gamma: await loginHeaders(app, 'gamma', TEST_USER_PASSWORD),
  };
}
