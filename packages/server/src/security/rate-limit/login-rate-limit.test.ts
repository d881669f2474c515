import { afterEach, describe, expect, it } from 'vitest';
import { addUser, createTestApp, type TestApp } from '../../app/test-support/test-app.js';
import { submitLoginForm } from '../../domains/session/test-support/session-client.js';

let t: TestApp | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

async function appWithLimit(overrides: Record<string, unknown>) {
  t = await createTestApp({ overrides });
  await addUser(t.metadataDb, { username: 'ada', password: 'correct horse' });
  return t.app;
}

const wrongLogin = { username: 'ada', password: 'wrong' };

describe('login rate limiting (AUTH_RATE_LIMITED, AUTH_RATE_LIMIT)', () => {
  it('answers 429 with Retry-After once a client used up AUTH_RATE_LIMIT', async () => {
    const app = await appWithLimit({ AUTH_RATE_LIMIT: '3 per minute' });
    const remoteAddress = '203.0.113.5';
    for (let attempt = 0; attempt < 3; attempt += 1) {
      const { response } = await submitLoginForm(app, wrongLogin, { remoteAddress });
      expect(response.statusCode).toBe(401);
    }
    const { response } = await submitLoginForm(
      app,
      { username: 'ada', password: 'correct horse' },
      { remoteAddress },
    );
    expect(response.statusCode).toBe(429);
    expect(response.json()).toMatchObject({ errors: [{ error_type: 'RATE_LIMIT_EXCEEDED' }] });
    expect(Number(response.headers['retry-after'])).toBeGreaterThan(0);
    expect(response.headers['set-cookie']).toBeUndefined();
  });

  it('counts token logins and form logins together, and each client on its own', async () => {
    const app = await appWithLimit({ AUTH_RATE_LIMIT: '2 per minute' });
    const remoteAddress = '203.0.113.6';
    const tokenLogin = (address: string) =>
      app.inject({
        method: 'POST',
        url: '/api/v1/security/login',
        payload: { ...wrongLogin, provider: 'db' },
        remoteAddress: address,
      });
    expect((await tokenLogin(remoteAddress)).statusCode).toBe(401);
    expect((await submitLoginForm(app, wrongLogin, { remoteAddress })).response.statusCode).toBe(
      401,
    );
    expect((await tokenLogin(remoteAddress)).statusCode).toBe(429);
    expect((await tokenLogin('203.0.113.7')).statusCode).toBe(401);
  });

  it('keys on the address the trusted proxy reports under ENABLE_PROXY_FIX', async () => {
    const app = await appWithLimit({ AUTH_RATE_LIMIT: '1 per minute', ENABLE_PROXY_FIX: true });
    const from = (client: string) =>
      app.inject({
        method: 'POST',
        url: '/api/v1/security/login',
        payload: { ...wrongLogin, provider: 'db' },
        remoteAddress: '10.0.0.2',
        headers: { 'x-forwarded-for': client },
      });
    expect((await from('198.51.100.1')).statusCode).toBe(401);
    expect((await from('198.51.100.2')).statusCode).toBe(401);
    expect((await from('198.51.100.1')).statusCode).toBe(429);
  });

  it('counts IPv6 clients per /64 network', async () => {
    const app = await appWithLimit({ AUTH_RATE_LIMIT: '1 per minute' });
    const from = (remoteAddress: string) =>
      app.inject({
        method: 'POST',
        url: '/api/v1/security/login',
        payload: { ...wrongLogin, provider: 'db' },
        remoteAddress,
      });
    expect((await from('2001:db8:0:1::1')).statusCode).toBe(401);
    expect((await from('2001:db8:0:1::2')).statusCode).toBe(429);
    expect((await from('2001:db8:0:2::1')).statusCode).toBe(401);
  });

  it('does not limit when AUTH_RATE_LIMITED is off', async () => {
    const app = await appWithLimit({ AUTH_RATE_LIMITED: false, AUTH_RATE_LIMIT: '1 per minute' });
    for (let attempt = 0; attempt < 3; attempt += 1) {
      expect((await submitLoginForm(app, wrongLogin)).response.statusCode).toBe(401);
    }
  });
});
