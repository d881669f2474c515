import { afterEach, beforeEach, expect, it } from 'vitest';
import { describeOnEveryBackend } from '../../db/test-support/metadata-backends.js';
import {
  openScratchMetadataDb,
  type ScratchMetadataDb,
} from '../../db/test-support/scratch-metadata-db.js';
import type { MetadataDb } from '../../db/index.js';
import { loadRolePermissions } from '../access/role-permissions.js';
import { BUILTIN_ROLE_NAMES, ROLE_RULES } from './builtin-roles.js';
import { PERMISSION_CATALOGUE } from './permission-catalogue.js';
import { RoleNotFoundError } from './role.errors.js';
import { syncRoleDefinitions } from './role-sync.js';

/** The role's grants as `permission on view menu`, sorted. */
async function grantsOf(db: MetadataDb, roleName: string): Promise<string[]> {
  const keys = await loadRolePermissions(db, [roleName]);
  return [...keys].map((key) => key.replace('|', ' on ')).sort();
}

async function createCustomRole(db: MetadataDb, name: string, grantFrom: string): Promise<void> {
  await db.kysely.insertInto('ab_role').values({ name }).execute();
  const role = await db.kysely
    .selectFrom('ab_role')
    .select('id')
    .where('name', '=', name)
    .executeTakeFirstOrThrow();
  const pair = await db.kysely
    .selectFrom('ab_permission_view as pv')
    .innerJoin('ab_view_menu as v', 'v.id', 'pv.view_menu_id')
    .select('pv.id')
    .where('v.name', '=', grantFrom)
    .executeTakeFirstOrThrow();
  await db.kysely
    .insertInto('ab_permission_view_role')
    .values({ role_id: role.id, permission_view_id: pair.id })
    .execute();
}

describeOnEveryBackend('syncRoleDefinitions', (backend) => {
  let scratch: ScratchMetadataDb;
  beforeEach(async () => {
    scratch = await openScratchMetadataDb(backend);
  });
  afterEach(async () => {
    await scratch.close();
  });

  it('creates the permissions and builtin roles, then changes nothing on a second run', async () => {
    const first = await syncRoleDefinitions(scratch.db, { publicRoleLike: null });
    expect(first.permissionsCreated).toBe(PERMISSION_CATALOGUE.length);
    expect(first.rolesCreated).toEqual([...BUILTIN_ROLE_NAMES]);
    expect(first.rolesUpdated).toEqual([]);

    const second = await syncRoleDefinitions(scratch.db, { publicRoleLike: null });
    expect(second).toEqual({ permissionsCreated: 0, rolesCreated: [], rolesUpdated: [] });
    expect(await grantsOf(scratch.db, 'Public')).toEqual([]);
  });

  it('grants Admin every catalogue permission and keeps Database writes from Gamma', async () => {
    await syncRoleDefinitions(scratch.db, { publicRoleLike: null });
    const admin = await grantsOf(scratch.db, 'Admin');
    expect(admin).toEqual(
      PERMISSION_CATALOGUE.map((p) => `${p.permission} on ${p.viewMenu}`).sort(),
    );
    const gamma = await grantsOf(scratch.db, 'Gamma');
    expect(gamma).toContain('can_read on Database');
    expect(gamma).not.toContain('can_write on Database');
    expect(await grantsOf(scratch.db, 'sql_lab')).toContain('can_execute_sql_query on SQLLab');
  });

  it('leaves custom roles alone and resets a tampered builtin role', async () => {
    await syncRoleDefinitions(scratch.db, { publicRoleLike: null });
    await createCustomRole(scratch.db, 'Analyst', 'all_database_access');
    const gammaBefore = await grantsOf(scratch.db, 'Gamma');
    const pair = await scratch.db.kysely
      .selectFrom('ab_permission_view as pv')
      .innerJoin('ab_view_menu as v', 'v.id', 'pv.view_menu_id')
      .innerJoin('ab_permission as p', 'p.id', 'pv.permission_id')
      .select('pv.id')
      .where('v.name', '=', 'Database')
      .where('p.name', '=', 'can_write')
      .executeTakeFirstOrThrow();
    const gammaRole = await scratch.db.kysely
      .selectFrom('ab_role')
      .select('id')
      .where('name', '=', 'Gamma')
      .executeTakeFirstOrThrow();
    await scratch.db.kysely
      .insertInto('ab_permission_view_role')
      .values({ role_id: gammaRole.id, permission_view_id: pair.id })
      .execute();

    const result = await syncRoleDefinitions(scratch.db, { publicRoleLike: null });
    expect(result.rolesUpdated).toEqual(['Gamma']);
    expect(await grantsOf(scratch.db, 'Gamma')).toEqual(gammaBefore);
    expect(await grantsOf(scratch.db, 'Analyst')).toEqual([
      'all_database_access on all_database_access',
    ]);
  });

  it('copies Gamma to Public when PUBLIC_ROLE_LIKE is "Gamma"', async () => {
    await syncRoleDefinitions(scratch.db, { publicRoleLike: 'Gamma' });
    const gamma = await grantsOf(scratch.db, 'Gamma');
    expect(gamma.length).toBeGreaterThan(0);
    expect(await grantsOf(scratch.db, 'Public')).toEqual(gamma);
  });

  it('gives Public the minimal public permissions when PUBLIC_ROLE_LIKE is "Public"', async () => {
    await syncRoleDefinitions(scratch.db, { publicRoleLike: 'Public' });
    const expected = ROLE_RULES.minimalPublicPairs.map(([p, v]) => `${p} on ${v}`).sort();
    expect(await grantsOf(scratch.db, 'Public')).toEqual(expected);

    const back = await syncRoleDefinitions(scratch.db, { publicRoleLike: null });
    expect(back.rolesUpdated).toEqual(['Public']);
    expect(await grantsOf(scratch.db, 'Public')).toEqual([]);
  });

  it('refuses an unknown PUBLIC_ROLE_LIKE and keeps nothing of the run', async () => {
    const attempt = syncRoleDefinitions(scratch.db, { publicRoleLike: 'Nobody' });
    await expect(attempt).rejects.toThrow(RoleNotFoundError);
    expect(await scratch.db.kysely.selectFrom('ab_role').selectAll().execute()).toEqual([]);
    expect(await scratch.db.kysely.selectFrom('ab_permission').selectAll().execute()).toEqual([]);
  });
});
