import { afterAll, beforeAll, expect, it } from 'vitest';
import { InvalidCredentialsError } from '../../../errors/app-error.js';
import { describeOnEveryBackend } from '../../../db/test-support/metadata-backends.js';
import {
  openScratchMetadataDb,
  type ScratchMetadataDb,
} from '../../../db/test-support/scratch-metadata-db.js';
import {
  createUserRepository,
  type UserRepository,
} from '../../../domains/users/user.repository.js';
import type { ExternalIdentity } from './external-identity.js';
import { createExternalLogin } from './login-external-user.js';
import type { RegistrationSettings } from './registration-settings.js';

const FULL = { hasDirectoryDetails: true, canSyncRoles: true };

function person(username: string, groups: string[] = []): ExternalIdentity {
  return { username, first_name: 'First', last_name: 'Last', email: '', groups };
}

describeOnEveryBackend('loginExternalUser', (backend) => {
  let scratch: ScratchMetadataDb;
  let users: UserRepository;
  const loginWith = (settings: Partial<RegistrationSettings>) =>
    createExternalLogin({
      users,
      settings: {
        isRegistrationEnabled: true,
        registrationRole: 'Gamma',
        rolesMapping: { 'cn=analysts': ['Alpha'], 'cn=admins': ['Admin', 'Missing'] },
        isRoleSyncAtLogin: false,
        ...settings,
      },
    });

  beforeAll(async () => {
    scratch = await openScratchMetadataDb(backend);
    await scratch.db.kysely
      .insertInto('ab_role')
      .values([{ name: 'Admin' }, { name: 'Alpha' }, { name: 'Gamma' }])
      .execute();
    users = createUserRepository(scratch.db);
  });
  afterAll(async () => scratch.close());

  it('registers with the registration role and mapped roles that exist, and records the login', async () => {
    const user = await loginWith({}).loginExternalUser(
      person('ann', ['cn=admins', 'constructor']),
      FULL,
    );
    expect(user).toMatchObject({
      username: 'ann',
      email: 'ann@email.notfound',
      roles: ['Admin', 'Gamma'],
    });
    expect((await users.findByUsername('ann'))?.login_count).toBe(1);
  });

  it('refuses without registration, without details, or for an inactive account', async () => {
    await expect(
      loginWith({ isRegistrationEnabled: false }).loginExternalUser(person('bo'), FULL),
    ).rejects.toThrow(InvalidCredentialsError);
    await expect(
      loginWith({}).loginExternalUser(person('bo'), {
        hasDirectoryDetails: false,
        canSyncRoles: false,
      }),
    ).rejects.toThrow(InvalidCredentialsError);
    expect(await users.findByUsername('bo')).toBeUndefined();
    await users.create({
      ...person('off'),
      email: 'off@x.org',
      passwordHash: null,
      active: false,
      roleNames: [],
    });
    await expect(loginWith({}).loginExternalUser(person('off'), FULL)).rejects.toThrow(
      InvalidCredentialsError,
    );
  });

  it('keeps roles, or replaces them with AUTH_ROLES_SYNC_AT_LOGIN', async () => {
    await loginWith({}).loginExternalUser(person('cy'), FULL);
    const kept = await loginWith({}).loginExternalUser(person('cy', ['cn=analysts']), FULL);
    expect(kept.roles).toEqual(['Gamma']);
    const synced = await loginWith({
      isRoleSyncAtLogin: true,
      isRegistrationEnabled: false,
    }).loginExternalUser(person('cy', ['cn=analysts']), FULL);
    expect(synced.roles).toEqual(['Alpha']);
    const notSynced = await loginWith({ isRoleSyncAtLogin: true }).loginExternalUser(person('cy'), {
      hasDirectoryDetails: true,
      canSyncRoles: false,
    });
    expect(notSynced.roles).toEqual(['Alpha']);
  });

  it('refuses a newcomer whose e-mail another account holds, and survives a simultaneous first login', async () => {
    await expect(
      loginWith({}).loginExternalUser({ ...person('dup'), email: 'ann@email.notfound' }, FULL),
    ).rejects.toThrow(InvalidCredentialsError);
    const both = await Promise.all([
      loginWith({}).loginExternalUser(person('twin'), FULL),
      loginWith({}).loginExternalUser(person('twin'), FULL),
    ]);
    expect(both[0].id).toBe(both[1].id);
  });
});
