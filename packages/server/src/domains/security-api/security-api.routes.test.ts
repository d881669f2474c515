import { decodeJwt } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUser, createTestApp, type TestApp } from '../../app/test-support/test-app.js';
import { createApiTokens } from '../../security/tokens/api-tokens.js';

describe('API tokens: POST /api/v1/security/login and /refresh', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ overrides: { AUTH_RATE_LIMITED: false } });
    await addUser(t.metadataDb, { username: 'ada', password: 'correct horse', roles: ['Admin'] });
    await addUser(t.metadataDb, { username: 'leaver', password: 'correct horse' });
  });
  afterAll(async () => t.close());

  const tokenLogin = (body: Record<string, unknown>) =>
    t.app.inject({ method: 'POST', url: '/api/v1/security/login', payload: body });
  const refresh = (token?: string) =>
    t.app.inject({
      method: 'POST',
      url: '/api/v1/security/refresh',
      headers: token === undefined ? {} : { authorization: `Bearer ${token}` },
    });
  const me = (authorization: string) =>
    t.app.inject({ method: 'GET', url: '/api/v1/me/', headers: { authorization } });
  const errorTypeOf = (response: { json<T>(): T }) =>
    response.json<{ errors: { error_type: string }[] }>().errors[0]?.error_type;

  async function tokensOf(username: string) {
    const response = await tokenLogin({
      username,
      password: 'correct horse',
      provider: 'db',
      refresh: true,
    });
    expect(response.statusCode).toBe(200);
    return response.json<{ access_token: string; refresh_token: string }>();
  }

  it('answers a fresh access token and a refresh token that identify the user', async () => {
    const tokens = await tokensOf('ada');
    expect(decodeJwt(tokens.access_token)).toMatchObject({ type: 'access', fresh: true });
    expect(decodeJwt(tokens.refresh_token)).toMatchObject({ type: 'refresh' });
    const answer = await me(`Bearer ${tokens.access_token}`);
    expect(answer.statusCode).toBe(200);
    expect(answer.json()).toMatchObject({ result: { username: 'ada' } });
    expect(answer.headers['set-cookie']).toBeUndefined();
  });

  it('answers only an access token unless refresh is asked for', async () => {
    const response = await tokenLogin({
      username: 'ada',
      password: 'correct horse',
      provider: 'db',
    });
    expect(Object.keys(response.json<object>())).toEqual(['access_token']);
  });

  it('refuses a wrong password and an unknown user alike', async () => {
    const wrong = await tokenLogin({ username: 'ada', password: 'nope', provider: 'db' });
    const unknown = await tokenLogin({ username: 'nobody', password: 'nope', provider: 'db' });
    expect(wrong.statusCode).toBe(401);
    expect(errorTypeOf(wrong)).toBe('INVALID_CREDENTIALS');
    expect(unknown.body).toBe(wrong.body);
  });

  it('refuses a body without a provider, or with an unknown one, with 400', async () => {
    for (const body of [
      { username: 'ada', password: 'correct horse' },
      { username: 'ada', password: 'correct horse', provider: 'oauth' },
    ]) {
      const response = await tokenLogin(body);
      expect(response.statusCode).toBe(400);
      expect(errorTypeOf(response)).toBe('INVALID_PAYLOAD_SCHEMA_ERROR');
    }
  });

  it('refuses provider "ldap" when AUTH_TYPE is not AUTH_LDAP, saying why', async () => {
    const response = await tokenLogin({ username: 'ada', password: 'x', provider: 'ldap' });
    expect(response.statusCode).toBe(400);
    expect(errorTypeOf(response)).toBe('AUTH_PROVIDER_UNAVAILABLE');
    expect(response.json<{ message: string }>().message).toContain('AUTH_LDAP');
  });

  it('exchanges a refresh token for a new, non-fresh access token', async () => {
    const tokens = await tokensOf('ada');
    const response = await refresh(tokens.refresh_token);
    expect(response.statusCode).toBe(200);
    const { access_token } = response.json<{ access_token: string }>();
    expect(decodeJwt(access_token)).toMatchObject({ type: 'access', fresh: false });
    expect((await me(`Bearer ${access_token}`)).statusCode).toBe(200);
  });

  it('refuses to refresh with an access token or without a token', async () => {
    const tokens = await tokensOf('ada');
    const withAccess = await refresh(tokens.access_token);
    expect(withAccess.statusCode).toBe(401);
    expect(errorTypeOf(withAccess)).toBe('INVALID_TOKEN');
    expect((await refresh()).statusCode).toBe(401);
  });

  it('refuses a refresh token used as an access token', async () => {
    const tokens = await tokensOf('ada');
    const response = await me(`Bearer ${tokens.refresh_token}`);
    expect(response.statusCode).toBe(401);
    expect(errorTypeOf(response)).toBe('INVALID_TOKEN');
  });

  it('refuses an expired token, one signed with another key, and a malformed one', async () => {
    const issuedAnHourAgo = createApiTokens({
      secretKey: t.config.SECRET_KEY,
      accessLifetimeSeconds: 900,
      refreshLifetimeSeconds: 900,
      nowSeconds: () => Math.floor(Date.now() / 1000) - 3600,
    });
    const elsewhere = createApiTokens({
      secretKey: 'a-completely-different-secret-key-0987654321',
      accessLifetimeSeconds: 900,
      refreshLifetimeSeconds: 900,
    });
    const adaId = decodeJwt((await tokensOf('ada')).access_token).sub;
    for (const authorization of [
      `Bearer ${await issuedAnHourAgo.issue(Number(adaId), 'access')}`,
      `Bearer ${await elsewhere.issue(Number(adaId), 'access')}`,
      'Bearer not.a.jwt',
      'Bearer',
    ]) {
      const response = await me(authorization);
      expect(response.statusCode).toBe(401);
      expect(errorTypeOf(response)).toBe('INVALID_TOKEN');
    }
    const expiredRefresh = await refresh(await issuedAnHourAgo.issue(Number(adaId), 'refresh'));
    expect(expiredRefresh.statusCode).toBe(401);
  });

  it('leaves Authorization schemes other than Bearer to others', async () => {
    const response = await me('Basic YWRhOmNvcnJlY3QgaG9yc2U=');
    expect(response.statusCode).toBe(401);
    expect(errorTypeOf(response)).toBe('AUTHENTICATION_REQUIRED');
  });

  it("refuses a deactivated user's access and refresh tokens", async () => {
    const tokens = await tokensOf('leaver');
    await t.metadataDb.kysely
      .updateTable('ab_user')
      .set({ active: false })
      .where('username', '=', 'leaver')
      .execute();
    const access = await me(`Bearer ${tokens.access_token}`);
    expect(access.statusCode).toBe(401);
    expect(errorTypeOf(access)).toBe('INVALID_TOKEN');
    expect((await refresh(tokens.refresh_token)).statusCode).toBe(401);
  });
});

describe('token logins with AUTH_TYPE = AUTH_LDAP', () => {
  let t: TestApp;
  beforeAll(async () => {
    // Nothing listens on port 1, so an LDAP login reaches the directory and fails there.
    t = await createTestApp({
      overrides: { AUTH_TYPE: 'AUTH_LDAP', AUTH_LDAP_SERVER: 'ldap://127.0.0.1:1' },
    });
    await addUser(t.metadataDb, { username: 'ada', password: 'correct horse' });
  });
  afterAll(async () => t.close());

  const tokenLogin = (provider: string) =>
    t.app.inject({
      method: 'POST',
      url: '/api/v1/security/login',
      payload: { username: 'ada', password: 'correct horse', provider },
    });

  it('asks the directory for provider "ldap"', async () => {
    const response = await tokenLogin('ldap');
    expect(response.json()).toMatchObject({
      errors: [{ error_type: 'IDENTITY_PROVIDER_UNREACHABLE' }],
    });
  });

  it('checks the password stored in ab_user for provider "db", as Flask-AppBuilder does', async () => {
    const response = await tokenLogin('db');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toHaveProperty('access_token');
  });
});

describe('GET /api/v1/security/csrf_token/', () => {
  it('gives anyone a token of their session, never cached', async () => {
    const t = await createTestApp();
    try {
      const response = await t.app.inject({ method: 'GET', url: '/api/v1/security/csrf_token/' });
      expect(response.statusCode).toBe(200);
      expect(response.json<{ result: string }>().result).toMatch(/^\d+\.[\w-]{43}$/);
      expect(response.headers['cache-control']).toBe('no-store');
      expect(String(response.headers['set-cookie'])).toMatch(/^session=/);
    } finally {
      await t.close();
    }
  });
});
