import { afterAll, beforeAll, expect, it } from 'vitest';
import { AppError, InvalidCredentialsError } from '../../../../errors/app-error.js';
import { authenticateLdap, type LdapLog } from './ldap-authenticator.js';
import type { LdapSettings } from './ldap-settings.js';
import {
  GROUPS_BASE,
  PEOPLE_BASE,
  describeWithSlapd,
  type TestSlapd,
} from './test-support/slapd.js';
import {
  directorySearchSettings,
  startSlapdWithAliceAndBob,
} from './test-support/test-directory.js';

const SUPERSET_GROUP = `cn=superset,${GROUPS_BASE}`;

/** The config defaults, with the search flow pointed at the test directory. */
function settings(slapd: TestSlapd, overrides: Partial<LdapSettings> = {}): LdapSettings {
  return {
    ...directorySearchSettings(slapd),
    AUTH_LDAP_USE_TLS: false,
    AUTH_LDAP_ALLOW_SELF_SIGNED: false,
    AUTH_LDAP_TLS_CACERTFILE: null,
    AUTH_LDAP_SEARCH_FILTER: '',
    AUTH_LDAP_UID_FIELD: 'uid',
    AUTH_LDAP_FIRSTNAME_FIELD: 'givenName',
    AUTH_LDAP_LASTNAME_FIELD: 'sn',
    AUTH_LDAP_EMAIL_FIELD: 'mail',
    AUTH_LDAP_GROUP_FIELD: 'memberOf',
    AUTH_LDAP_USERNAME_FORMAT: null,
    AUTH_LDAP_APPEND_DOMAIN: null,
    AUTH_ROLES_MAPPING: { [SUPERSET_GROUP]: ['Alpha'] },
    ...overrides,
  };
}

describeWithSlapd('LDAP logins against a real slapd', () => {
  let slapd: TestSlapd;
  beforeAll(async () => {
    slapd = await startSlapdWithAliceAndBob({ superset: ['alice'], other: ['bob'] });
  });
  afterAll(async () => slapd?.stop());

  it('binds as AUTH_LDAP_BIND_USER, finds the user and checks their password', async () => {
    expect(await authenticateLdap(settings(slapd), 'alice', 'alice-pw')).toEqual({
      username: 'alice',
      first_name: 'Alice',
      last_name: 'Liddell',
      email: 'alice@example.org',
      groups: [SUPERSET_GROUP],
      isFromDirectoryEntry: true,
    });
  });

  it('refuses a wrong password, an unknown user and an empty password alike', async () => {
    for (const [username, password] of [
      ['alice', 'wrong'],
      ['nobody', 'alice-pw'],
      ['alice', ''],
    ] as const) {
      await expect(authenticateLdap(settings(slapd), username, password)).rejects.toThrow(
        InvalidCredentialsError,
      );
    }
  });

  it('keeps out a user AUTH_LDAP_SEARCH_FILTER excludes, even with the right password', async () => {
    const onlySuperset = settings(slapd, {
      AUTH_LDAP_SEARCH_FILTER: `(memberOf=${SUPERSET_GROUP})`,
    });
    await expect(authenticateLdap(onlySuperset, 'alice', 'alice-pw')).resolves.toMatchObject({
      username: 'alice',
    });
    await expect(authenticateLdap(onlySuperset, 'bob', 'bob-pw')).rejects.toThrow(
      InvalidCredentialsError,
    );
  });

  it('escapes the user name: filter syntax in it matches no one', async () => {
    // Unescaped, each of these would find alice (the only member) and her password would pass.
    const onlySuperset = settings(slapd, {
      AUTH_LDAP_SEARCH_FILTER: `(memberOf=${SUPERSET_GROUP})`,
    });
    for (const injected of ['*)(uid=*', 'al*', '*', 'alice)(|(uid=*']) {
      await expect(authenticateLdap(onlySuperset, injected, 'alice-pw')).rejects.toThrow(
        InvalidCredentialsError,
      );
    }
  });

  it('binds directly with AUTH_LDAP_USERNAME_FORMAT, reading details only with AUTH_LDAP_SEARCH', async () => {
    const direct = { AUTH_LDAP_BIND_USER: null, AUTH_LDAP_BIND_PASSWORD: null };
    const format = { AUTH_LDAP_USERNAME_FORMAT: `uid=%s,${PEOPLE_BASE}` };
    const bare = settings(slapd, { ...direct, ...format, AUTH_LDAP_SEARCH: null });
    expect(await authenticateLdap(bare, 'bob', 'bob-pw')).toMatchObject({
      username: 'bob',
      first_name: '',
      isFromDirectoryEntry: false,
    });
    await expect(authenticateLdap(bare, 'bob', 'alice-pw')).rejects.toThrow(
      InvalidCredentialsError,
    );
    // A name that tries to point the bind at another entry is escaped into a DN that does not exist.
    await expect(authenticateLdap(bare, `alice,${PEOPLE_BASE}`, 'alice-pw')).rejects.toThrow(
      InvalidCredentialsError,
    );

    const withSearch = settings(slapd, { ...direct, ...format });
    expect(await authenticateLdap(withSearch, 'bob', 'bob-pw')).toMatchObject({
      first_name: 'Bob',
      last_name: 'Builder',
      groups: [`cn=other,${GROUPS_BASE}`],
      isFromDirectoryEntry: true,
    });
  });

  it('upgrades with StartTLS and speaks ldaps://, trusting the CA file or a self-signed opt-in', async () => {
    const ca = { AUTH_LDAP_TLS_CACERTFILE: slapd.caCertFile };
    await expect(
      authenticateLdap(settings(slapd, { AUTH_LDAP_USE_TLS: true, ...ca }), 'alice', 'alice-pw'),
    ).resolves.toMatchObject({ username: 'alice' });
    await expect(
      authenticateLdap(
        settings(slapd, { AUTH_LDAP_SERVER: slapd.ldapsUrl, ...ca }),
        'alice',
        'alice-pw',
      ),
    ).resolves.toMatchObject({ username: 'alice' });
    await expect(
      authenticateLdap(
        settings(slapd, { AUTH_LDAP_USE_TLS: true, AUTH_LDAP_ALLOW_SELF_SIGNED: true }),
        'alice',
        'alice-pw',
      ),
    ).resolves.toMatchObject({ username: 'alice' });
  });

  it('refuses an untrusted certificate, a wrong service password and a dead server as unreachable', async () => {
    const errors: string[] = [];
    const log: LdapLog = {
      warn: () => undefined,
      error: (_details, message) => errors.push(message),
    };
    const attempts = [
      settings(slapd, { AUTH_LDAP_USE_TLS: true }),
      settings(slapd, { AUTH_LDAP_BIND_PASSWORD: 'not-the-service-password' }),
      settings(slapd, { AUTH_LDAP_SERVER: 'ldap://127.0.0.1:9' }),
    ];
    for (const attempt of attempts) {
      const failure = await authenticateLdap(attempt, 'alice', 'alice-pw', log).catch(
        (e: unknown) => e,
      );
      expect(failure).toBeInstanceOf(AppError);
      expect((failure as AppError).code).toBe('IDENTITY_PROVIDER_UNREACHABLE');
    }
    expect(errors).toHaveLength(3);
    expect(errors[1]).toMatch(/AUTH_LDAP_BIND_USER/);
  });
});
