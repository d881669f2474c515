import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeOnEveryBackend } from '../../db/test-support/metadata-backends.js';
import {
  openScratchMetadataDb,
  type ScratchMetadataDb,
} from '../../db/test-support/scratch-metadata-db.js';
import { RoleNotFoundError } from '../../security/roles/role.errors.js';
import { UserAlreadyExistsError, UserNotFoundError } from './user.errors.js';
import type { NewUser } from './user.record.js';
import { createUserRepository, type UserRepository } from './user.repository.js';

const ada: NewUser = {
  username: 'ada',
  first_name: 'Ada',
  last_name: 'Lovelace',
  email: 'ada@example.com',
  passwordHash: '$argon2id$not-a-real-hash',
  active: true,
  roleNames: ['Gamma', 'Admin'],
};

describeOnEveryBackend('user repository', (backend) => {
  let scratch: ScratchMetadataDb;
  let users: UserRepository;

  beforeAll(async () => {
    scratch = await openScratchMetadataDb(backend);
    await scratch.db.kysely
      .insertInto('ab_role')
      .values([{ name: 'Admin' }, { name: 'Gamma' }])
      .execute();
    users = createUserRepository(scratch.db);
  });
  afterAll(async () => {
    await scratch.close();
  });

  it('creates a user with roles and reads it back the same on every backend', async () => {
    const before = Date.now();
    const created = await users.create(ada);

    expect(created).toMatchObject({
      username: 'ada',
      first_name: 'Ada',
      email: 'ada@example.com',
      password: '$argon2id$not-a-real-hash',
      active: true,
      last_login: null,
      login_count: 0,
      fail_login_count: 0,
    });
    expect(created.created_on).toBeInstanceOf(Date);
    expect(Math.abs((created.created_on?.getTime() ?? 0) - before)).toBeLessThan(60_000);
    expect(await users.findByUsername('ada')).toEqual(created);
    expect(await users.getById(created.id)).toEqual(created);
    expect(await users.listRoleNames(created.id)).toEqual(['Admin', 'Gamma']);
    expect(await users.count()).toBe(1);
  });

  it('refuses a taken username or email, saying which', async () => {
    const duplicateName = users.create({ ...ada, email: 'other@example.com' });
    await expect(duplicateName).rejects.toThrow(UserAlreadyExistsError);
    await expect(users.create({ ...ada, email: 'other@example.com' })).rejects.toThrow(
      /username "ada"/,
    );
    await expect(users.create({ ...ada, username: 'ada2' })).rejects.toThrow(/email/);
    expect(await users.count()).toBe(1);
  });

  it('refuses an unknown role and creates nothing', async () => {
    const attempt = users.create({
      ...ada,
      username: 'bob',
      email: 'bob@x.org',
      roleNames: ['Nope'],
    });
    await expect(attempt).rejects.toThrow(RoleNotFoundError);
    expect(await users.findByUsername('bob')).toBeUndefined();
  });

  it('stores an inactive user as inactive', async () => {
    const inactive = await users.create({
      ...ada,
      username: 'carol',
      email: 'carol@example.com',
      active: false,
      passwordHash: null,
      roleNames: [],
    });
    expect(inactive.active).toBe(false);
    expect(inactive.password).toBeNull();
    expect(await users.listRoleNames(inactive.id)).toEqual([]);
  });

  it('counts failed logins and resets them on a successful one', async () => {
    const user = await users.getById((await users.findByUsername('ada'))?.id ?? -1);
    await users.recordFailedLogin(user.id);
    await users.recordFailedLogin(user.id);
    expect((await users.getById(user.id)).fail_login_count).toBe(2);

    await users.recordLogin(user.id);
    const after = await users.getById(user.id);
    expect(after.login_count).toBe(1);
    expect(after.fail_login_count).toBe(0);
    expect(after.last_login).toBeInstanceOf(Date);
    expect(Math.abs((after.last_login?.getTime() ?? 0) - Date.now())).toBeLessThan(60_000);
  });

  it('reports a missing user as not found', async () => {
    expect(await users.findById(999_999)).toBeUndefined();
    await expect(users.getById(999_999)).rejects.toThrow(UserNotFoundError);
    await expect(users.recordLogin(999_999)).rejects.toThrow(UserNotFoundError);
  });
});
