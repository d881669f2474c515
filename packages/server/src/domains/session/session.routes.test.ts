import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addUser,
  createTestApp,
  sessionCookieFrom,
  type TestApp,
} from '../../app/test-support/test-app.js';

describe('session login, me and logout (AUTH_DB)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    await addUser(t.metadataDb, {
      username: 'ada',
      password: 'correct horse',
      roles: ['Admin'],
      firstName: 'Ada',
    });
    await addUser(t.metadataDb, { username: 'gone', password: 'correct horse', active: false });
  });
  afterAll(async () => t.close());

  const login = (body: unknown, query = '') =>
    t.app.inject({
      method: 'POST',
      url: `/login/${query}`,
      payload: body as Record<string, unknown>,
    });

  it('logs in with the right password and sets an HttpOnly, SameSite session cookie', async () => {
    const response = await login({ username: 'ada', password: 'correct horse' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      result: { username: 'ada', first_name: 'Ada', roles: ['Admin'] },
      redirect: '/superset/welcome/',
    });
    const setCookie = String(response.headers['set-cookie']);
    expect(setCookie).toMatch(/^session=/);
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    expect(JSON.stringify(response.json())).not.toMatch(/argon2|password/i);
  });

  it('answers a wrong password, an unknown user and an inactive user identically', async () => {
    const answers = await Promise.all([
      login({ username: 'ada', password: 'wrong' }),
      login({ username: 'nobody', password: 'wrong' }),
      login({ username: 'gone', password: 'correct horse' }),
    ]);
    for (const answer of answers) {
      expect(answer.statusCode).toBe(401);
      expect(answer.headers['set-cookie']).toBeUndefined();
    }
    expect(new Set(answers.map((a) => a.body)).size).toBe(1);
    expect(answers[0]?.json()).toMatchObject({
      message: 'Invalid username or password.',
      errors: [{ error_type: 'INVALID_CREDENTIALS' }],
    });
  });

  it('rejects a body without a username with a 400 naming the problem', async () => {
    const response = await login({ password: 'x' });
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
    expect(good.json<{ redirect: string }>().redirect).toBe('/superset/welcome/?a=1');
    const evil = await login(
      { username: 'ada', password: 'correct horse' },
      '?next=%2F%2Fevil.example%2F',
    );
    expect(evil.json<{ redirect: string }>().redirect).toBe('/superset/welcome/');
  });

  it('shows the logged-in user at /api/v1/me/ and 401 without a session', async () => {
    const anonymous = await t.app.inject({ method: 'GET', url: '/api/v1/me/' });
    expect(anonymous.statusCode).toBe(401);
    const cookie = sessionCookieFrom(
      (await login({ username: 'ada', password: 'correct horse' })).headers['set-cookie'],
    );
    const me = await t.app.inject({ method: 'GET', url: '/api/v1/me/', headers: { cookie } });
    expect(me.statusCode).toBe(200);
    expect(me.json<{ result: unknown }>().result).toMatchObject({
      username: 'ada',
      is_active: true,
      is_anonymous: false,
    });
  });

  it('ignores a session cookie forged or encrypted with another key', async () => {
    const other = await createTestApp({
      overrides: { SECRET_KEY: 'a-completely-different-secret-key-0987654321' },
    });
    try {
      await addUser(other.metadataDb, {
        username: 'ada',
        password: 'correct horse',
        roles: ['Admin'],
      });
      const foreign = await other.app.inject({
        method: 'POST',
        url: '/login/',
        payload: { username: 'ada', password: 'correct horse' },
      });
      const cookie = sessionCookieFrom(foreign.headers['set-cookie']);
      const me = await t.app.inject({ method: 'GET', url: '/api/v1/me/', headers: { cookie } });
      expect(me.statusCode).toBe(401);
    } finally {
      await other.close();
    }
  });

  it('logs out: the cookie is cleared and the user is sent to the login page', async () => {
    const cookie = sessionCookieFrom(
      (await login({ username: 'ada', password: 'correct horse' })).headers['set-cookie'],
    );
    const logout = await t.app.inject({ method: 'GET', url: '/logout/', headers: { cookie } });
    expect(logout.statusCode).toBe(302);
    expect(logout.headers.location).toBe('/login/');
    const cleared = sessionCookieFrom(logout.headers['set-cookie']);
    const me = await t.app.inject({
      method: 'GET',
      url: '/api/v1/me/',
      headers: { cookie: cleared },
    });
    expect(me.statusCode).toBe(401);
  });
});
