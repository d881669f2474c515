import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { loadConfig, type Config } from '../../config/index.js';
import { createMetadataDb, upgrade, type MetadataDb } from '../../db/index.js';
import { createUserRepository } from '../../domains/users/user.repository.js';
import { hashPassword } from '../../security/passwords/password-hasher.js';
import { syncRoleDefinitions } from '../../security/roles/role-sync.js';
import { buildApp } from '../build-app.js';

/** A built app on a fresh, migrated SQLite metadata database in a temp SUPERSET_HOME. */
export interface TestApp {
  app: FastifyInstance;
  config: Config;
  metadataDb: MetadataDb;
  home: string;
  close(): Promise<void>;
}

/** Options for a test app: config overrides and where the built UI is (null: none). */
export interface TestAppOptions {
  overrides?: Record<string, unknown>;
  webDistDir?: string | null;
}

/** Builds the app the way the CLI does, on throw-away state. */
export async function createTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const home = mkdtempSync(join(tmpdir(), 'superset-app-test-'));
  const { config } = await loadConfig({
    env: { SUPERSET_HOME: home, HOME: home },
    cwd: home,
    overrides: {
      SECRET_KEY: 'test-secret-key-that-is-long-enough-1234567890',
      ...options.overrides,
    },
  });
  const metadataDb = createMetadataDb(config.SQLALCHEMY_DATABASE_URI, { cwd: home });
  await upgrade(metadataDb, 'head');
  await syncRoleDefinitions(metadataDb, { publicRoleLike: null });
  const app = await buildApp({
    config,
    metadataDb,
    version: '9.9.9-test',
    webDistDir: options.webDistDir ?? null,
    logger: false,
  });
  return {
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
}

/** Creates a user with the given roles and password; returns its id. */
export async function addUser(
  metadataDb: MetadataDb,
  fields: {
    username: string;
    password: string;
    roles?: string[];
    active?: boolean;
    firstName?: string;
  },
): Promise<number> {
  const user = await createUserRepository(metadataDb).create({
    username: fields.username,
    first_name: fields.firstName ?? 'Test',
    last_name: 'User',
    email: `${fields.username}@example.com`,
    passwordHash: await hashPassword(fields.password),
    active: fields.active ?? true,
    roleNames: fields.roles ?? ['Gamma'],
  });
  return user.id;
}

/** The `name=value` pair of a Set-Cookie header, to send back as a Cookie header. */
export function sessionCookieFrom(setCookie: string | string[] | undefined): string {
  const header = Array.isArray(setCookie)
    ? setCookie.find((c) => c.startsWith('session='))
    : setCookie;
  if (!header) throw new Error('the response set no session cookie');
  return header.split(';')[0] ?? '';
}
