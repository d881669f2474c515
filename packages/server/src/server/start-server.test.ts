import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig, type Config } from '../config/index.js';
import { createMetadataDb, upgrade, type MetadataDb } from '../db/index.js';
import { syncRoleDefinitions } from '../security/roles/role-sync.js';
import { startServer } from './start-server.js';

let home: string;
let metadataDb: MetadataDb;

async function configWith(overrides: Record<string, unknown>): Promise<Config> {
  const { config } = await loadConfig({
    env: { SUPERSET_HOME: home, HOME: home },
    cwd: home,
    overrides: {
      SECRET_KEY: 'test-secret-key-that-is-long-enough-1234567890',
      LOG_LEVEL: 'ERROR',
      ...overrides,
    },
  });
  return config;
}

/** Starts and stops a server, as one worker's start-up does. */
async function startAndStop(overrides: Record<string, unknown>): Promise<void> {
  const config = await configWith(overrides);
  const server = await startServer(config, { host: '127.0.0.1', port: 0, cwd: home });
  await server.stop();
}

async function adminGrantCount(): Promise<number> {
  const rows = await metadataDb.kysely
    .selectFrom('ab_permission_view_role as pvr')
    .innerJoin('ab_role as r', 'r.id', 'pvr.role_id')
    .select('pvr.id')
    .where('r.name', '=', 'Admin')
    .execute();
  return rows.length;
}

async function removeOneAdminGrant(): Promise<void> {
  const admin = await metadataDb.kysely
    .selectFrom('ab_role')
    .select('id')
    .where('name', '=', 'Admin')
    .executeTakeFirstOrThrow();
  const grant = await metadataDb.kysely
    .selectFrom('ab_permission_view_role')
    .select('id')
    .where('role_id', '=', admin.id)
    .executeTakeFirstOrThrow();
  await metadataDb.kysely
    .deleteFrom('ab_permission_view_role')
    .where('id', '=', grant.id)
    .execute();
}

beforeEach(async () => {
  home = mkdtempSync(join(tmpdir(), 'superset-start-test-'));
  const config = await configWith({});
  metadataDb = createMetadataDb(config.SQLALCHEMY_DATABASE_URI, { cwd: home });
  await upgrade(metadataDb, 'head');
});
afterEach(async () => {
  await metadataDb.destroy();
  rmSync(home, { recursive: true, force: true });
});

describe('FAB_UPDATE_PERMS at server start-up', () => {
  it('when on, restores the built-in roles to their definition before serving', async () => {
    await syncRoleDefinitions(metadataDb, { publicRoleLike: null });
    const synced = await adminGrantCount();
    await removeOneAdminGrant();
    await startAndStop({ FAB_UPDATE_PERMS: true });
    expect(await adminGrantCount()).toBe(synced);
  });

  it('when off, leaves a deliberately removed permission removed', async () => {
    await syncRoleDefinitions(metadataDb, { publicRoleLike: null });
    await removeOneAdminGrant();
    const edited = await adminGrantCount();
    await startAndStop({ FAB_UPDATE_PERMS: false });
    expect(await adminGrantCount()).toBe(edited);
  });

  it('when off, creates no role or permission on a database `superset init` never ran on', async () => {
    await startAndStop({ FAB_UPDATE_PERMS: false });
    expect(await metadataDb.kysely.selectFrom('ab_role').select('id').execute()).toEqual([]);
    expect(await metadataDb.kysely.selectFrom('ab_permission').select('id').execute()).toEqual([]);
  });
});
