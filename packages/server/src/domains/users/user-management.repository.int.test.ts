import type { UserListQuery } from '@superset-ts/shared';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeOnEveryBackend } from '../../db/test-support/metadata-backends.js';
import {
  openScratchMetadataDb,
  type ScratchMetadataDb,
} from '../../db/test-support/scratch-metadata-db.js';
import { UserAlreadyExistsError, UserNotFoundError } from './user.errors.js';
import {
  userManagementRepository as users,
  type NewManagedUser,
} from './user-management.repository.js';

function query(overrides: Partial<UserListQuery> = {}): UserListQuery {
  return {
    filters: [],
    order_column: 'username',
    order_direction: 'asc',
    page: 0,
    page_size: 20,
    ...overrides,
  };
}

describeOnEveryBackend('user management repository', (backend) => {
  let scratch: ScratchMetadataDb;
  let roleIds: { admin: number; gamma: number; alpha: number };
  const ids: Record<string, number> = {};

  const person = (username: string, fields: Partial<NewManagedUser> = {}): NewManagedUser => ({
    username,
    first_name: username[0]?.toUpperCase() + username.slice(1),
    last_name: 'Tester',
    email: `${username}@example.com`,
    passwordHash: '$argon2id$not-a-real-hash',
    active: true,
    roleIds: [roleIds.gamma],
    ...fields,
  });

  beforeAll(async () => {
    scratch = await openScratchMetadataDb(backend);
    const { kysely } = scratch.db;
    await kysely
      .insertInto('ab_role')
      .values([{ name: 'Admin' }, { name: 'Gamma' }, { name: 'Alpha' }])
      .execute();
    const roles = await kysely.selectFrom('ab_role').select(['id', 'name']).execute();
    const idOf = (name: string) => roles.find((role) => role.name === name)?.id ?? -1;
    roleIds = { admin: idOf('Admin'), gamma: idOf('Gamma'), alpha: idOf('Alpha') };
    for (const user of [
      person('ada', { roleIds: [roleIds.admin, roleIds.gamma], last_name: 'Lovelace' }),
      person('bob', { active: false, email: 'bob@corp.example.org' }),
      person('carol_100%', { roleIds: [roleIds.alpha] }),
      person('Dave', { roleIds: [] }),
    ]) {
      ids[user.username] = await users.insert(kysely, scratch.db.dialect, user, null);
    }
  });
  afterAll(async () => {
    await scratch.close();
  });

  it('inserts a user with roles and reads both back, never needing the hash', async () => {
    const ada = await users.get(scratch.db.kysely, ids.ada ?? -1);
    expect(ada).toMatchObject({
      username: 'ada',
      last_name: 'Lovelace',
      active: true,
      login_count: 0,
      last_login: null,
      roles: [
        { id: roleIds.admin, name: 'Admin' },
        { id: roleIds.gamma, name: 'Gamma' },
      ],
    });
    expect(ada.created_on).toBeInstanceOf(Date);
  });

  it('filters case-insensitively on text, exactly on active and by role', async () => {
    const { kysely } = scratch.db;
    const names = async (q: UserListQuery) =>
      (await users.list(kysely, q)).users.map((user) => user.username);

    expect(await names(query({ filters: [{ col: 'username', opr: 'ct', value: 'DAV' }] }))).toEqual(
      ['Dave'],
    );
    expect(
      await names(query({ filters: [{ col: 'email', opr: 'ew', value: 'corp.example.org' }] })),
    ).toEqual(['bob']);
    expect(await names(query({ filters: [{ col: 'active', opr: 'eq', value: false }] }))).toEqual([
      'bob',
    ]);
    expect(
      await names(query({ filters: [{ col: 'roles', opr: 'rel_m_m', value: roleIds.gamma }] })),
    ).toEqual(['ada', 'bob']);
    expect(
      await names(
        query({
          filters: [
            { col: 'roles', opr: 'rel_m_m', value: roleIds.gamma },
            { col: 'username', opr: 'nct', value: 'a' },
          ],
        }),
      ),
    ).toEqual(['bob']);
  });

  it('treats % and _ in a search as text, not wildcards', async () => {
    const { kysely } = scratch.db;
    const found = await users.list(
      kysely,
      query({ filters: [{ col: 'username', opr: 'ct', value: '_100%' }] }),
    );
    expect(found.users.map((user) => user.username)).toEqual(['carol_100%']);
    const none = await users.list(
      kysely,
      query({ filters: [{ col: 'username', opr: 'ct', value: '%' }] }),
    );
    expect(none.users.map((user) => user.username)).toEqual(['carol_100%']);
  });

  it('pages and counts, in a stable order with empty dates last', async () => {
    const { kysely } = scratch.db;
    const first = await users.list(kysely, query({ order_column: 'id', page_size: 3 }));
    const second = await users.list(kysely, query({ order_column: 'id', page_size: 3, page: 1 }));
    expect(first.count).toBe(4);
    expect(first.users).toHaveLength(3);
    expect(second.users.map((user) => user.username)).toEqual(['Dave']);

    await kysely
      .updateTable('ab_user')
      .set({ last_login: new Date('2024-05-01T10:00:00Z') })
      .where('id', '=', ids.bob ?? -1)
      .execute();
    for (const direction of ['asc', 'desc'] as const) {
      const page = await users.list(
        kysely,
        query({ order_column: 'last_login', order_direction: direction }),
      );
      expect(page.users[0]?.username).toBe('bob');
      expect(page.users[0]?.last_login?.toISOString()).toBe('2024-05-01T10:00:00.000Z');
    }
  });

  it('updates fields, replaces roles, and refuses a taken username or email', async () => {
    const { kysely } = scratch.db;
    const id = ids.Dave ?? -1;
    await users.update(
      kysely,
      id,
      { first_name: 'David', active: false, roleIds: [roleIds.alpha, roleIds.gamma] },
      ids.ada ?? -1,
    );
    const dave = await users.get(kysely, id);
    expect(dave).toMatchObject({ first_name: 'David', active: false });
    expect(dave.roles.map((role) => role.name)).toEqual(['Alpha', 'Gamma']);

    await expect(users.update(kysely, id, { email: 'ada@example.com' }, null)).rejects.toThrow(
      UserAlreadyExistsError,
    );
    await expect(users.insert(kysely, scratch.db.dialect, person('ada'), null)).rejects.toThrow(
      /username "ada"/,
    );
    await users.update(kysely, id, { email: 'Dave@example.com' }, null);
    await expect(users.update(kysely, 999_999, { first_name: 'X' }, null)).rejects.toThrow(
      UserNotFoundError,
    );
  });

  it('deletes a user and their role links', async () => {
    const { kysely } = scratch.db;
    const id = await users.insert(kysely, scratch.db.dialect, person('erin'), null);
    await users.delete(kysely, id);
    await expect(users.get(kysely, id)).rejects.toThrow(UserNotFoundError);
    const links = await kysely
      .selectFrom('ab_user_role')
      .selectAll()
      .where('user_id', '=', id)
      .execute();
    expect(links).toEqual([]);
    await expect(users.delete(kysely, id)).rejects.toThrow(UserNotFoundError);
  });
});
