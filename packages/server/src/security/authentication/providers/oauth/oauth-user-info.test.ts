import { describe, expect, it } from 'vitest';
import { AppError } from '../../../../errors/app-error.js';
import { defaultUserInfo, identityFromUserInfo, isEmailAllowed } from './oauth-user-info.js';

describe('OAuth user info without OAUTH_USER_INFO', () => {
  it.each([
    ['github', { login: 'octo', email: 'o@x.org' }, 'github_octo'],
    ['google', { id: '1234', email: 'g@x.org' }, 'google_1234'],
    ['okta', { sub: '00u1', email: 'k@x.org' }, 'okta_00u1'],
    ['auth0', { sub: 'auth0|9' }, 'auth0_auth0|9'],
    ['keycloak', { preferred_username: 'kc-user', sub: 'x' }, 'kc-user'],
    ['corp-sso', { preferred_username: 'pat' }, 'pat'],
    ['corp-sso', { email: 'only@mail.org' }, 'only@mail.org'],
    ['corp-sso', { sub: 's-1' }, 'corp-sso_s-1'],
  ])('names a %s user as Flask-AppBuilder does', (provider, claims, username) => {
    expect(defaultUserInfo(provider, claims).username).toBe(username);
  });

  it('reads names, e-mail and groups from the standard claims', () => {
    expect(
      defaultUserInfo('corp-sso', {
        preferred_username: 'pat',
        given_name: 'Pat',
        family_name: 'Lee',
        email: 'pat@x.org',
        groups: ['analysts', 3],
      }),
    ).toEqual({
      username: 'pat',
      first_name: 'Pat',
      last_name: 'Lee',
      email: 'pat@x.org',
      role_keys: ['analysts'],
    });
  });
});

describe('identityFromUserInfo', () => {
  it('uses the hook and fills what it leaves out', async () => {
    const identity = await identityFromUserInfo(
      () => ({ username: 'h', email: '', first_name: '', last_name: '' }),
      'p',
      {},
      {},
    );
    expect(identity).toEqual({
      username: 'h',
      email: '',
      first_name: '',
      last_name: '',
      groups: [],
    });
  });

  it('fails the login when no username comes out', async () => {
    const failure = await identityFromUserInfo(null, 'corp-sso', {}, { name: 'No Id' }).catch(
      (e: unknown) => e,
    );
    expect(failure).toBeInstanceOf(AppError);
    expect((failure as AppError).code).toBe('OAUTH_LOGIN_FAILED');
  });
});

describe('isEmailAllowed (the provider whitelist)', () => {
  it('allows everyone without a whitelist, and only matching addresses with one', () => {
    expect(isEmailAllowed(undefined, 'a@b.c')).toBe(true);
    expect(isEmailAllowed(['@corp\\.com$'], 'ann@corp.com')).toBe(true);
    expect(isEmailAllowed(['@corp\\.com$'], 'ann@corp.com.evil.example')).toBe(false);
  });
});
