import type { FastifyPluginAsync } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import {
  addUser,
  createTestApp,
  sessionCookieFrom,
  type TestApp,
} from '../../../../app/test-support/test-app.js';
import { createUserRepository } from '../../../../domains/users/user.repository.js';
import {
  rowsWithAction,
  waitForLogRows,
} from '../../../../logging/test-support/action-log-test-support.js';

const PROXY_HEADER = 'x-proxy-remote-user';
const PROXY_ENV_VAR = 'HTTP_X_PROXY_REMOTE_USER';

/** Superset's documented proxy middleware, as a Fastify plugin: REMOTE_USER from a header. */
const remoteUserFromProxyHeader: FastifyPluginAsync = async (app) => {
  app.addHook('onRequest', async (request) => {
    const value = request.headers[PROXY_HEADER];
    request.remoteUser = typeof value === 'string' ? value : undefined;
  });
};

describe('AUTH_REMOTE_USER', () => {
  let t: TestApp | undefined;
  afterEach(async () => {
    await t?.close();
    t = undefined;
  });

  const start = async (overrides: Record<string, unknown>) => {
    t = await createTestApp({ overrides });
    await addUser(t.metadataDb, { username: 'ada', password: 'unused', roles: ['Admin'] });
    await addUser(t.metadataDb, { username: 'gone', password: 'unused', active: false });
    return t;
  };
  const me = (app: TestApp, headers: Record<string, string>) =>
    app.app.inject({ method: 'GET', url: '/api/v1/me/', headers });
  const usernameOf = async (response: Awaited<ReturnType<typeof me>>) =>
    response.statusCode === 200
      ? response.json<{ result: { username: string } }>().result.username
      : null;

  it('records the first request of a session as UserLoggedIn, and only that one', async () => {
    const app = await start({
      AUTH_TYPE: 'AUTH_REMOTE_USER',
      AUTH_REMOTE_USER_ENV_VAR: PROXY_ENV_VAR,
    });
    const first = await me(app, { [PROXY_HEADER]: 'ada' });
    const cookie = sessionCookieFrom(first.headers['set-cookie']);
    await me(app, { [PROXY_HEADER]: 'ada', cookie });
    const ada = await createUserRepository(app.metadataDb).findByUsername('ada');

    // The login and both calls to /api/v1/me/.
    const rows = await waitForLogRows(app.metadataDb, (all) => all.length >= 3);
    const logins = rowsWithAction(rows, 'UserLoggedIn');
    expect(logins.map((row) => row.user_id)).toEqual([ada?.id]);
  });

  it('ignores the proxy header unless AUTH_TYPE is AUTH_REMOTE_USER', async () => {
    const app = await start({ AUTH_REMOTE_USER_ENV_VAR: PROXY_ENV_VAR });
    expect((await me(app, { [PROXY_HEADER]: 'ada' })).statusCode).toBe(401);
  });

  it('trusts the header AUTH_REMOTE_USER_ENV_VAR names, logging the user in once per session', async () => {
    const app = await start({
      AUTH_TYPE: 'AUTH_REMOTE_USER',
      AUTH_REMOTE_USER_ENV_VAR: PROXY_ENV_VAR,
    });
    const first = await me(app, { [PROXY_HEADER]: 'ada' });
    expect(await usernameOf(first)).toBe('ada');
    const cookie = sessionCookieFrom(first.headers['set-cookie']);
    const again = await me(app, { [PROXY_HEADER]: 'ada', cookie });
    expect(await usernameOf(again)).toBe('ada');
    expect(again.headers['set-cookie']).toBeUndefined();
    expect((await createUserRepository(app.metadataDb).findByUsername('ada'))?.login_count).toBe(1);
  });

  it('follows the proxy when it names someone else than the session, and ends the session for an unknown name', async () => {
    const app = await start({
      AUTH_TYPE: 'AUTH_REMOTE_USER',
      AUTH_REMOTE_USER_ENV_VAR: PROXY_ENV_VAR,
    });
    await addUser(app.metadataDb, { username: 'bea', password: 'unused' });
    const cookie = sessionCookieFrom(
      (await me(app, { [PROXY_HEADER]: 'ada' })).headers['set-cookie'],
    );
    expect(await usernameOf(await me(app, { [PROXY_HEADER]: 'bea', cookie }))).toBe('bea');
    expect(await usernameOf(await me(app, { [PROXY_HEADER]: 'mallory', cookie }))).toBeNull();
    expect(await usernameOf(await me(app, { [PROXY_HEADER]: 'gone' }))).toBeNull();
  });

  it('registers an unknown name with AUTH_USER_REGISTRATION_ROLE when AUTH_USER_REGISTRATION is on', async () => {
    const app = await start({
      AUTH_TYPE: 'AUTH_REMOTE_USER',
      AUTH_REMOTE_USER_ENV_VAR: PROXY_ENV_VAR,
      AUTH_USER_REGISTRATION: true,
      AUTH_USER_REGISTRATION_ROLE: 'Gamma',
      AUTH_ROLES_MAPPING: { anything: ['Admin'] },
    });
    const response = await me(app, { [PROXY_HEADER]: 'newbie' });
    expect(response.json()).toMatchObject({
      result: {
        username: 'newbie',
        first_name: 'newbie',
        email: 'newbie@email.notfound',
        roles: ['Gamma'],
      },
    });
  });

  it('leaves an unknown name anonymous without AUTH_USER_REGISTRATION', async () => {
    const app = await start({
      AUTH_TYPE: 'AUTH_REMOTE_USER',
      AUTH_REMOTE_USER_ENV_VAR: PROXY_ENV_VAR,
    });
    expect((await me(app, { [PROXY_HEADER]: 'newbie' })).statusCode).toBe(401);
    expect(await createUserRepository(app.metadataDb).findByUsername('newbie')).toBeUndefined();
  });

  it('with the default REMOTE_USER, trusts only what ADDITIONAL_MIDDLEWARE set, never a client header', async () => {
    const bare = await start({ AUTH_TYPE: 'AUTH_REMOTE_USER' });
    expect(
      (await me(bare, { 'remote-user': 'ada', remote_user: 'ada', [PROXY_HEADER]: 'ada' }))
        .statusCode,
    ).toBe(401);
    await bare.close();

    const withMiddleware = await start({
      AUTH_TYPE: 'AUTH_REMOTE_USER',
      ADDITIONAL_MIDDLEWARE: [remoteUserFromProxyHeader],
    });
    expect(await usernameOf(await me(withMiddleware, { [PROXY_HEADER]: 'ada' }))).toBe('ada');
    expect((await me(withMiddleware, {})).statusCode).toBe(401);
  });
});
