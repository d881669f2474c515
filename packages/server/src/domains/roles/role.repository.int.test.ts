import type { RoleListQuery } from '@superset-ts/shared';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeOnEveryBackend } from '../../db/test-support/metadata-backends.js';
import {
  openScratchMetadataDb,
  type ScratchMetadataDb,
} from '../../db/test-support/scratch-metadata-db.js';
import { syncRoleDefinitions } from '../../security/roles/role-sync.js';
import { permissionKey } from '../../security/access/actor.js';
import { createGrantPolicy } from '../permissions/grant-policy.js';
import { permissionRepository } from '../permissions/permission.repository.js';
import { userManagementRepository } from '../users/user-management.repository.js';
import { RoleAlreadyExistsError, RoleIdNotFoundError, roleRepository } from './role.repository.js';

const query = (overrides: Partial<RoleListQuery> = {}): RoleListQuery => ({
  filters: [],
  order_column: 'name',
  order_direction: 'asc',
  page: 0,
  page_size: 20,
  ...overrides,
});

describeOnEveryBackend('role repository and grant policy', (backend) => {
  let scratch: ScratchMetadataDb;
  let gammaId: number;

  beforeAll(async () => {
    scratch = await openScratchMetadataDb(backend);
    await syncRoleDefinitions(scratch.db, { publicRoleLike: null });
    gammaId = (await roleRepository.list(scratch.db.kysely, query())).roles.find(
      (role) => role.name === 'Gamma',
    )?.id as number;
    await userManagementRepository.insert(
      scratch.db.kysely,
      scratch.db.dialect,
      {
        username: 'g',
        first_name: 'G',
        last_name: 'G',
        email: 'g@example.com',
        passwordHash: 'x',
        active: true,
        roleIds: [gammaId],
      },
      null,
    );
  });
  afterAll(async () => {
    await scratch.close();
  });

  it('lists roles with user and permission counts, filtered and sorted', async () => {
    const { kysely } = scratch.db;
    const all = await roleRepository.list(kysely, query({ order_direction: 'desc' }));
    expect(all.count).toBe(5);
    const ascending = await roleRepository.list(kysely, query());
    expect(all.roles.map((role) => role.name)).toEqual(
      ascending.roles.map((role) => role.name).reverse(),
    );
    expect(new Set(all.roles.map((role) => role.name))).toEqual(
      new Set(['Admin', 'Alpha', 'Gamma', 'sql_lab', 'Public']),
    );
    const gamma = all.roles.find((role) => role.name === 'Gamma');
    expect(gamma?.user_count).toBe(1);
    expect(gamma?.permission_count).toBe(
      (await permissionRepository.pairsOfRole(kysely, gammaId)).length,
    );
    const found = await roleRepository.list(
      kysely,
      query({ filters: [{ col: 'name', opr: 'sw', value: 'sql_' }] }),
    );
    expect(found.roles.map((role) => role.name)).toEqual(['sql_lab']);
    const paged = await roleRepository.list(
      kysely,
      query({ order_column: 'id', page: 1, page_size: 2 }),
    );
    expect(paged.roles.map((role) => role.id)).toEqual(
      all.roles
        .map((r) => r.id)
        .sort((a, b) => a - b)
        .slice(2, 4),
    );
  });

  it('creates, renames, grants and deletes a role; names stay unique', async () => {
    const { kysely, dialect } = scratch.db;
    const id = await roleRepository.insert(kysely, dialect, 'Custom');
    await expect(roleRepository.insert(kysely, dialect, 'Custom')).rejects.toThrow(
      RoleAlreadyExistsError,
    );
    await expect(roleRepository.rename(kysely, id, 'Gamma')).rejects.toThrow(
      RoleAlreadyExistsError,
    );
    await roleRepository.rename(kysely, id, 'Custom2');
    const pairs = (await permissionRepository.listPairs(kysely)).rows.slice(0, 3);
    await roleRepository.setPermissions(
      kysely,
      id,
      pairs.map((pair) => pair.id),
    );
    expect(await roleRepository.get(kysely, id)).toMatchObject({
      name: 'Custom2',
      permission_count: 3,
    });
    await roleRepository.delete(kysely, id);
    await expect(roleRepository.get(kysely, id)).rejects.toThrow(RoleIdNotFoundError);
  });

  it('refuses, inside a transaction, a change that locks its author out, and keeps nothing', async () => {
    const { kysely } = scratch.db;
    const policy = createGrantPolicy({ adminRoleName: 'Admin' });
    const userId = (await kysely.selectFrom('ab_user').select('id').executeTakeFirstOrThrow()).id;
    const actor = {
      kind: 'user' as const,
      userId,
      username: 'g',
      roles: ['Gamma'],
      permissions: new Set([permissionKey('can_read', 'User')]),
    };
    await expect(policy.requireNoLockout(kysely, actor)).rejects.toThrow(/can_read on User/);

    const attempt = kysely.transaction().execute(async (trx) => {
      await userManagementRepository.update(trx, userId, { active: false }, null);
      await policy.requireNoLockout(trx, { ...actor, permissions: new Set<string>() });
    });
    await expect(attempt).rejects.toThrow(/deactivate or delete your own user/);
    expect((await userManagementRepository.get(kysely, userId)).active).toBe(true);
  });
});
