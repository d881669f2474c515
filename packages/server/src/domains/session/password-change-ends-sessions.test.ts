import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addUser,
  createTestApp,
  sessionCookieFrom,
  type TestApp,
} from '../../app/test-support/test-app.js';
import { loginHeaders, type BrowserHeaders } from './test-support/session-client.js';
import { requestAs } from '../users/test-support/security-api-client.js';

const PASSWORD = 'a-long-password-1';
const ME = '/api/v1/me/';

describe('changing or resetting a password ends the other sessions and tokens', () => {
  let t: TestApp;
  let admin: BrowserHeaders;

  beforeAll(async () => {
    t = await createTestApp({ overrides: { AUTH_RATE_LIMITED: false } });
    await addUser(t.metadataDb, { username: 'admin', password: PASSWORD, roles: ['Admin'] });
    admin = await loginHeaders(t.app, 'admin', PASSWORD);
  });
  afterAll(async () => t.close());

  const status = async (headers: BrowserHeaders) =>
    (await requestAs(t.app, headers, 'GET', ME)).statusCode;

  const accessToken = async (username: string, password: string): Promise<string> => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/security/login',
      payload: { username, password, provider: 'db' },
    });
    expect(response.statusCode).toBe(200);
    return response.json<{ access_token: string }>().access_token;
  };
  const bearer = (token: string): BrowserHeaders => ({ authorization: `Bearer ${token}` });

  it('logs the user out everywhere when an admin resets their password; the new one works', async () => {
    const id = await addUser(t.metadataDb, { username: 'xena', password: PASSWORD });
    const xena = await loginHeaders(t.app, 'xena', PASSWORD);
    const token = await accessToken('xena', PASSWORD);
    expect(await status(xena)).toBe(200);
    expect(await status(bearer(token))).toBe(200);

    const reset = await requestAs(t.app, admin, 'PUT', `/api/v1/security/users/${id}`, {
      password: 'a-new-long-password',
    });
    expect(reset.statusCode).toBe(200);

    expect(await status(xena)).toBe(401);
    expect(await status(bearer(token))).toBe(401);
    expect(await status(admin)).toBe(200);
    const again = await loginHeaders(t.app, 'xena', 'a-new-long-password');
    expect(await status(again)).toBe(200);
    expect(await status(bearer(await accessToken('xena', 'a-new-long-password')))).toBe(200);
  });

  it('keeps the session that changed its own password, and ends the others', async () => {
    await addUser(t.metadataDb, { username: 'yuri', password: PASSWORD });
    const laptop = await loginHeaders(t.app, 'yuri', PASSWORD);
    const phone = await loginHeaders(t.app, 'yuri', PASSWORD);
    const token = await accessToken('yuri', PASSWORD);

    const changed = await requestAs(t.app, laptop, 'PUT', '/api/v1/me/password', {
      current_password: PASSWORD,
      new_password: 'another-long-one',
      confirm_password: 'another-long-one',
    });
    expect(changed.statusCode).toBe(200);
    const laptopNow = { ...laptop, cookie: sessionCookieFrom(changed.headers['set-cookie']) };

    expect(await status(laptopNow)).toBe(200);
    expect(await status(phone)).toBe(401);
    expect(await status(bearer(token))).toBe(401);
    // A copy of the laptop's cookie from before the change is refused too.
    expect(await status(laptop)).toBe(401);
  });

  it('ends the sessions of a deactivated user for good, even once reactivated', async () => {
    const id = await addUser(t.metadataDb, { username: 'zoe', password: PASSWORD });
    const zoe = await loginHeaders(t.app, 'zoe', PASSWORD);
    const setActive = (active: boolean) =>
      requestAs(t.app, admin, 'PUT', `/api/v1/security/users/${id}`, { active });
    expect((await setActive(false)).statusCode).toBe(200);
    expect((await setActive(true)).statusCode).toBe(200);
    expect(await status(zoe)).toBe(401);
  });

  it('leaves sessions alone when an admin changes anything else', async () => {
    const id = await addUser(t.metadataDb, { username: 'walt', password: PASSWORD });
    const walt = await loginHeaders(t.app, 'walt', PASSWORD);
    const renamed = await requestAs(t.app, admin, 'PUT', `/api/v1/security/users/${id}`, {
      first_name: 'Walter',
    });
    expect(renamed.statusCode).toBe(200);
    expect(await status(walt)).toBe(200);
  });
});
