import type { FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { addUser, createTestApp, type TestApp } from '../../app/test-support/test-app.js';
import {
  fetchCsrfToken,
  loginAs,
  submitLoginForm,
  type SessionClient,
} from '../../domains/session/test-support/session-client.js';
import { AUTHENTICATED_ACCESS, PUBLIC_ACCESS, withAccess } from '../access/route-access.js';

/** Counts the state-changing requests that reached a handler. */
function counterBlueprint(counts: { changes: number }) {
  return async (app: FastifyInstance) => {
    app.post('/change', withAccess(AUTHENTICATED_ACCESS), async () => ({
      changes: ++counts.changes,
    }));
    app.delete('/exempt/:id/thing', withAccess(AUTHENTICATED_ACCESS), async () => ({
      changes: ++counts.changes,
    }));
    app.post('/public', withAccess(PUBLIC_ACCESS), async () => ({ changes: ++counts.changes }));
  };
}

let t: TestApp | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

async function appWithCounter(overrides: Record<string, unknown> = {}) {
  const counts = { changes: 0 };
  t = await createTestApp({
    overrides: {
      AUTH_RATE_LIMITED: false,
      WTF_CSRF_EXEMPT_LIST: ['/test/exempt/*/thing'],
      BLUEPRINTS: [{ plugin: counterBlueprint(counts), prefix: '/test' }],
      ...overrides,
    },
  });
  await addUser(t.metadataDb, { username: 'ada', password: 'correct horse' });
  return { app: t.app, counts };
}

const change = (app: FastifyInstance, client: SessionClient, headers: Record<string, string>) =>
  app.inject({
    method: 'POST',
    url: '/test/change',
    headers: { cookie: client.cookie, ...headers },
  });

describe('CSRF protection (WTF_CSRF_ENABLED)', () => {
  it('refuses a logged-in POST without a token with 400, changing nothing', async () => {
    const { app, counts } = await appWithCounter();
    const ada = await loginAs(app, 'ada', 'correct horse');
    const refused = await change(app, ada, {});
    expect(refused.statusCode).toBe(400);
    expect(refused.json()).toMatchObject({
      errors: [{ error_type: 'CSRF_TOKEN_INVALID' }],
      message: expect.stringContaining('X-CSRFToken') as unknown,
    });
    expect(counts.changes).toBe(0);
    expect((await change(app, ada, { 'X-CSRFToken': ada.csrfToken })).statusCode).toBe(200);
    expect((await change(app, ada, { 'X-CSRF-Token': ada.csrfToken })).statusCode).toBe(200);
    expect(counts.changes).toBe(2);
  });

  it("refuses another session's token and a tampered one", async () => {
    const { app, counts } = await appWithCounter();
    const ada = await loginAs(app, 'ada', 'correct horse');
    const visitor = await fetchCsrfToken(app);
    expect((await change(app, ada, { 'X-CSRFToken': visitor.csrfToken })).statusCode).toBe(400);
    const [issuedAt, signature] = ada.csrfToken.split('.');
    const tampered = `${Number(issuedAt) + 1}.${signature}`;
    expect((await change(app, ada, { 'X-CSRFToken': tampered })).statusCode).toBe(400);
    expect(counts.changes).toBe(0);
  });

  it('refuses a token older than WTF_CSRF_TIME_LIMIT', async () => {
    const { app, counts } = await appWithCounter({ WTF_CSRF_TIME_LIMIT: 1 });
    const ada = await loginAs(app, 'ada', 'correct horse');
    await new Promise((resolve) => setTimeout(resolve, 2100));
    const refused = await change(app, ada, { 'X-CSRFToken': ada.csrfToken });
    expect(refused.statusCode).toBe(400);
    expect(refused.json<{ message: string }>().message).toMatch(/expired/);
    expect(counts.changes).toBe(0);
  });

  it('lets a path of WTF_CSRF_EXEMPT_LIST through without a token', async () => {
    const { app, counts } = await appWithCounter();
    const ada = await loginAs(app, 'ada', 'correct horse');
    const response = await app.inject({
      method: 'DELETE',
      url: '/test/exempt/42/thing',
      headers: { cookie: ada.cookie },
    });
    expect(response.statusCode).toBe(200);
    expect(counts.changes).toBe(1);
  });

  it('needs no token for a request authenticated with a bearer token', async () => {
    const { app, counts } = await appWithCounter();
    const login = await app.inject({
      method: 'POST',
      url: '/api/v1/security/login',
      payload: { username: 'ada', password: 'correct horse', provider: 'db' },
    });
    const { access_token } = login.json<{ access_token: string }>();
    const response = await app.inject({
      method: 'POST',
      url: '/test/change',
      headers: { authorization: `Bearer ${access_token}` },
    });
    expect(response.statusCode).toBe(200);
    expect(counts.changes).toBe(1);
  });

  it('needs no token for an anonymous request without a session', async () => {
    const { app, counts } = await appWithCounter();
    expect((await app.inject({ method: 'POST', url: '/test/public' })).statusCode).toBe(200);
    expect(counts.changes).toBe(1);
  });

  it('checks nothing when WTF_CSRF_ENABLED is off', async () => {
    const { app, counts } = await appWithCounter({ WTF_CSRF_ENABLED: false });
    const login = await app.inject({
      method: 'POST',
      url: '/login/',
      payload: { username: 'ada', password: 'correct horse' },
    });
    expect(login.statusCode).toBe(200);
    const { cookie } = await submitLoginForm(app, { username: 'ada', password: 'correct horse' });
    expect((await change(app, { cookie, csrfToken: '' }, {})).statusCode).toBe(200);
    expect(counts.changes).toBe(1);
  });
});
