import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUser, createTestApp, type TestApp } from '../../app/test-support/test-app.js';
import { createUserRepository } from '../users/user.repository.js';
import { submitLoginForm } from './test-support/session-client.js';

describe('session login, me and logout (AUTH_DB)', () => {
  let t: TestApp;
  beforeAll(async () => {
    // Throttling has its own tests; here many logins follow each other quickly.
    t = await createTestApp({ overrides: { AUTH_RATE_LIMITED: false } });
    await addUser(t.metadataDb, {
      username: 'ada',
      password: 'correct horse',
      roles: ['Admin'],
      firstName: 'Ada',
    });
    await addUser(t.metadataDb, { username: 'gone', password: 'correct horse', active: false });
  });
  afterAll(async () => t.close());

  const login = (body: Record<string, unknown>, query = '') =>
    submitLoginForm(t.app, body, { query });
  const me = (cookie: string) =>
    t.app.inject({ method: 'GET', url: '/api/v1/me/', headers: { cookie } });

  it('logs in with the right password and sets an HttpOnly, SameSite session cookie', async () => {
    const { response } = await login({ username: 'ada', password: 'correct horse' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      result: { username: 'ada', first_name: 'Ada', roles: ['Admin'] },
      redirect: '/superset/welcome/',
    });
    const setCookie = String(response.headers['set-cookie']);
    expect(setCookie).toMatch(/^session=/);
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    expect(setCookie).not.toMatch(/Secure/i);
    expect(JSON.stringify(response.json())).not.toMatch(/argon2|password/i);
  });

  it('answers a wrong password, an unknown user and an inactive user identically', async () => {
    const answers = await Promise.all([
      login({ username: 'ada', password: 'wrong' }),
      login({ username: 'nobody', password: 'wrong' }),
      login({ username: 'gone', password: 'correct horse' }),
    ]);
    for (const { response, cookie } of answers) {
      expect(response.statusCode).toBe(401);
      expect(cookie).toBe('');
    }
    expect(new Set(answers.map((a) => a.response.body)).size).toBe(1);
    expect(answers[0]?.response.json()).toMatchObject({
      message: 'Invalid username or password.',
      errors: [{ error_type: 'INVALID_CREDENTIALS' }],
    });
  });

  it('rejects a body without a username with a 400 naming the problem', async () => {
    const { response } = await login({ password: 'x' });
    expect(response.statusCode).toBe(400);
    expect(response.json<{ errors: { error_type: string }[] }>().errors[0]?.error_type).toBe(
      'INVALID_PAYLOAD_SCHEMA_ERROR',
    );
  });

  it('follows a safe relative next and refuses one that leaves the site', async () => {
    const good = await login(
      { username: 'ada', password: 'correct horse' },
      '?next=%2Fsuperset%2Fwelcome%2F%3Fa%3D1',
    );
    expect(good.response.json<{ redirect: string }>().redirect).toBe('/superset/welcome/?a=1');
    const evil = await login(
      { username: 'ada', password: 'correct horse' },
      '?next=%2F%2Fevil.example%2F',
    );
    expect(evil.response.json<{ redirect: string }>().redirect).toBe('/superset/welcome/');
  });

  it('refuses a login form posted without a CSRF token, logging nobody in', async () => {
    const before = await createUserRepository(t.metadataDb).findByUsername('ada');
    const response = await t.app.inject({
      method: 'POST',
      url: '/login/',
      payload: { username: 'ada', password: 'correct horse' },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ errors: [{ error_type: 'CSRF_TOKEN_INVALID' }] });
    expect(response.headers['set-cookie']).toBeUndefined();
    const after = await createUserRepository(t.metadataDb).findByUsername('ada');
    expect(after?.login_count).toBe(before?.login_count);
  });

  it('shows the logged-in user at /api/v1/me/ and 401 without a session', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/me/' })).statusCode).toBe(401);
    const { cookie } = await login({ username: 'ada', password: 'correct horse' });
    const answer = await me(cookie);
    expect(answer.statusCode).toBe(200);
    expect(answer.json<{ result: unknown }>().result).toMatchObject({
      username: 'ada',
      is_active: true,
      is_anonymous: false,
    });
  });

  it('ignores a session cookie forged or encrypted with another SECRET_KEY', async () => {
    const other = await createTestApp({
      overrides: { SECRET_KEY: 'a-completely-different-secret-key-0987654321' },
    });
    try {
      await addUser(other.metadataDb, {
        username: 'ada',
        password: 'correct horse',
        roles: ['Admin'],
      });
      const foreign = await submitLoginForm(other.app, {
        username: 'ada',
        password: 'correct horse',
      });
      expect(
        (
          await other.app.inject({
            method: 'GET',
            url: '/api/v1/me/',
            headers: { cookie: foreign.cookie },
          })
        ).statusCode,
      ).toBe(200);
      expect((await me(foreign.cookie)).statusCode).toBe(401);
    } finally {
      await other.close();
    }
  });

  it('logs out: the cookie is cleared and the user is sent to the login page', async () => {
    const { cookie } = await login({ username: 'ada', password: 'correct horse' });
    const logout = await t.app.inject({ method: 'GET', url: '/logout/', headers: { cookie } });
    expect(logout.statusCode).toBe(302);
    expect(logout.headers.location).toBe('/login/');
    expect(String(logout.headers['set-cookie'])).toMatch(/^session=;.*Max-Age=0/i);
  });

  it('a copy of the cookie kept from before logout no longer works, other logins still do', async () => {
    const kept = (await login({ username: 'ada', password: 'correct horse' })).cookie;
    const otherDevice = (await login({ username: 'ada', password: 'correct horse' })).cookie;
    expect((await me(kept)).statusCode).toBe(200);
    await t.app.inject({ method: 'GET', url: '/logout/', headers: { cookie: kept } });
    expect((await me(kept)).statusCode).toBe(401);
    expect((await me(otherDevice)).statusCode).toBe(200);
  });

  it('ends the sessions of a user who is deactivated', async () => {
    await addUser(t.metadataDb, { username: 'leaver', password: 'correct horse' });
    const { cookie } = await login({ username: 'leaver', password: 'correct horse' });
    expect((await me(cookie)).statusCode).toBe(200);
    await t.metadataDb.kysely
      .updateTable('ab_user')
      .set({ active: false })
      .where('username', '=', 'leaver')
      .execute();
    expect((await me(cookie)).statusCode).toBe(401);
  });
});

describe('session cookie Secure attribute', () => {
  const sessionSetCookie = async (
    overrides: Record<string, unknown>,
    headers: Record<string, string> = {},
  ) => {
    const t = await createTestApp({ overrides: { AUTH_RATE_LIMITED: false, ...overrides } });
    try {
      const response = await t.app.inject({
        method: 'GET',
        url: '/api/v1/security/csrf_token/',
        headers,
      });
      return String(response.headers['set-cookie']);
    } finally {
      await t.close();
    }
  };

  it('is set when SESSION_COOKIE_SECURE is on', async () => {
    expect(await sessionSetCookie({ SESSION_COOKIE_SECURE: true })).toMatch(/;\s*Secure/i);
  });

  it('is set when the request came over HTTPS through a trusted proxy', async () => {
    const headers = { 'x-forwarded-proto': 'https' };
    expect(await sessionSetCookie({ ENABLE_PROXY_FIX: true }, headers)).toMatch(/;\s*Secure/i);
  });

  it('is not set over plain HTTP, nor on an X-Forwarded-Proto from an untrusted client', async () => {
    expect(await sessionSetCookie({})).not.toMatch(/Secure/i);
    const headers = { 'x-forwarded-proto': 'https' };
    expect(await sessionSetCookie({}, headers)).not.toMatch(/Secure/i);
  });
});
