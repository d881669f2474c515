import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../app/test-support/test-app.js';
import { submitLoginForm } from '../../../../domains/session/test-support/session-client.js';
import { createUserRepository } from '../../../../domains/users/user.repository.js';
import { GROUPS_BASE, describeWithSlapd, type TestSlapd } from './test-support/slapd.js';
import {
  directorySearchSettings,
  startSlapdWithAliceAndBob,
} from './test-support/test-directory.js';

const ANALYSTS = `cn=analysts,${GROUPS_BASE}`;

function ldapConfig(slapd: TestSlapd, overrides: Record<string, unknown> = {}) {
  return {
    AUTH_TYPE: 'AUTH_LDAP',
    ...directorySearchSettings(slapd),
    AUTH_USER_REGISTRATION: true,
    AUTH_USER_REGISTRATION_ROLE: 'Gamma',
    AUTH_ROLES_MAPPING: { [ANALYSTS]: ['Alpha', 'NoSuchRole'] },
    AUTH_RATE_LIMITED: false,
    ...overrides,
  };
}

/** Alice's account before her first LDAP login: an Admin, without a local password. */
async function addAdminAliceWithoutPassword(t: TestApp): Promise<void> {
  await createUserRepository(t.metadataDb).create({
    username: 'alice',
    first_name: 'A',
    last_name: 'L',
    email: 'a@x.org',
    passwordHash: null,
    active: true,
    roleNames: ['Admin'],
  });
}

describe('AUTH_LDAP settings', () => {
  it('refuses to build the app without AUTH_LDAP_SERVER, naming the key', async () => {
    await expect(createTestApp({ overrides: { AUTH_TYPE: 'AUTH_LDAP' } })).rejects.toThrow(
      /AUTH_LDAP_SERVER/,
    );
  });
});

describeWithSlapd('POST /login/ with AUTH_TYPE = AUTH_LDAP', () => {
  let slapd: TestSlapd;
  const apps: TestApp[] = [];
  const appWith = async (overrides: Record<string, unknown> = {}) => {
    const t = await createTestApp({ overrides: ldapConfig(slapd, overrides) });
    apps.push(t);
    return t;
  };

  beforeAll(async () => {
    slapd = await startSlapdWithAliceAndBob({ analysts: ['alice'] });
  });
  afterAll(async () => {
    for (const t of apps) await t.close();
    await slapd?.stop();
  });

  it('registers a first-time user with the registration role and their mapped roles, and logs them in', async () => {
    const t = await appWith();
    const { response, cookie } = await submitLoginForm(t.app, {
      username: 'alice',
      password: 'alice-pw',
    });

    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      result: {
        username: 'alice',
        first_name: 'Alice',
        last_name: 'Liddell',
        roles: ['Alpha', 'Gamma'],
      },
    });
    const me = await t.app.inject({ method: 'GET', url: '/api/v1/me/', headers: { cookie } });
    expect(me.json()).toMatchObject({ result: { username: 'alice', email: 'alice@example.org' } });
    const stored = await createUserRepository(t.metadataDb).findByUsername('alice');
    expect(stored).toMatchObject({ password: null, login_count: 1 });

    const bob = await submitLoginForm(t.app, { username: 'bob', password: 'bob-pw' });
    expect(bob.response.json()).toMatchObject({
      result: { username: 'bob', email: 'bob@email.notfound', roles: ['Gamma'] },
    });
  });

  it('answers a wrong password and an unknown user like AUTH_DB does, without a session', async () => {
    const t = await appWith();
    const answers = await Promise.all([
      submitLoginForm(t.app, { username: 'alice', password: 'wrong' }),
      submitLoginForm(t.app, { username: 'nobody', password: 'alice-pw' }),
    ]);
    for (const { response, cookie } of answers) {
      expect(response.statusCode).toBe(401);
      expect(response.json()).toMatchObject({ errors: [{ error_type: 'INVALID_CREDENTIALS' }] });
      const me = await t.app.inject({ method: 'GET', url: '/api/v1/me/', headers: { cookie } });
      expect(me.statusCode).toBe(401);
    }
    expect(answers[0]?.response.body).toBe(answers[1]?.response.body);
  });

  it('without AUTH_USER_REGISTRATION, refuses a directory user who has no account, as a wrong password', async () => {
    const t = await appWith({ AUTH_USER_REGISTRATION: false });
    const { response } = await submitLoginForm(t.app, { username: 'alice', password: 'alice-pw' });
    expect(response.statusCode).toBe(401);
    expect(response.json()).toMatchObject({ message: 'Invalid username or password.' });
    expect(await createUserRepository(t.metadataDb).findByUsername('alice')).toBeUndefined();
  });

  it('keeps an existing user’s roles, or resyncs them with AUTH_ROLES_SYNC_AT_LOGIN', async () => {
    const kept = await appWith();
    await addAdminAliceWithoutPassword(kept);
    const first = await submitLoginForm(kept.app, { username: 'alice', password: 'alice-pw' });
    expect(first.response.json()).toMatchObject({ result: { roles: ['Admin'] } });

    const synced = await appWith({ AUTH_ROLES_SYNC_AT_LOGIN: true });
    await addAdminAliceWithoutPassword(synced);
    const second = await submitLoginForm(synced.app, { username: 'alice', password: 'alice-pw' });
    expect(second.response.json()).toMatchObject({ result: { roles: ['Alpha', 'Gamma'] } });
  });

  it('refuses a deactivated account even with the right directory password', async () => {
    const t = await appWith();
    await createUserRepository(t.metadataDb).create({
      username: 'bob',
      first_name: 'B',
      last_name: 'B',
      email: 'b@x.org',
      passwordHash: null,
      active: false,
      roleNames: ['Gamma'],
    });
    const { response, cookie } = await submitLoginForm(t.app, {
      username: 'bob',
      password: 'bob-pw',
    });
    expect(response.statusCode).toBe(401);
    expect(cookie).toBe('');
  });
});
