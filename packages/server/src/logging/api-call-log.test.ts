import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AUTHENTICATED_ACCESS,
  PUBLIC_ACCESS,
  withAccess,
} from '../security/access/route-access.js';
import { addUser, createTestApp, type TestApp } from '../app/test-support/test-app.js';
import { loginHeaders, submitLoginForm } from '../domains/session/test-support/session-client.js';
import {
  readLogRows,
  rowsWithAction,
  waitForLogRows,
  type StoredLogRow,
} from './test-support/action-log-test-support.js';

const PASSWORD = 'Pa55-word-sent-in-the-body';

/** A stand-in for any endpoint that receives a secret (creating a user, adding a database). */
async function secretTakingRoutes(app: FastifyInstance) {
  app.post('/api/v1/stand_in/', withAccess(AUTHENTICATED_ACCESS), async () => ({ ok: true }));
}

/** A stand-in for a route that finds its dashboard by slug and tells the log which one. */
async function slugRoutes(app: FastifyInstance) {
  app.get('/api/v1/stand_in/:slug', withAccess(PUBLIC_ACCESS), async (request) => {
    request.eventLogSubject = { dashboard_id: 77 };
    return { ok: true };
  });
}

function jsonOf(row: StoredLogRow): Record<string, unknown> {
  return JSON.parse(row.json ?? 'null') as Record<string, unknown>;
}

describe('recording API calls, logins and logouts in the action log', () => {
  let t: TestApp;
  let adaId: number;

  beforeAll(async () => {
    t = await createTestApp({ overrides: { BLUEPRINTS: [secretTakingRoutes, slugRoutes] } });
    adaId = await addUser(t.metadataDb, { username: 'ada', password: PASSWORD, roles: ['Admin'] });
  });
  afterAll(async () => t.close());

  it('records a login as UserLoggedIn with the user, and a wrong password as UserLoginFailed', async () => {
    await loginHeaders(t.app, 'ada', PASSWORD);
    const failed = await submitLoginForm(t.app, {
      username: 'ada',
      password: 'Wrong-password-123',
    });
    expect(failed.response.statusCode).toBe(401);

    const rows = await waitForLogRows(
      t.metadataDb,
      (all) => rowsWithAction(all, 'UserLoginFailed').length > 0,
    );
    const [loggedIn] = rowsWithAction(rows, 'UserLoggedIn');
    expect(loggedIn).toMatchObject({ user_id: adaId });
    expect(jsonOf(loggedIn!)).toMatchObject({ username: 'ada', status: 200, path: '/login/' });
    const [loginFailed] = rowsWithAction(rows, 'UserLoginFailed');
    expect(loginFailed).toMatchObject({ user_id: null });
    expect(jsonOf(loginFailed!)).toMatchObject({ username: 'ada', status: 401 });
  });

  it('records a logout as UserLoggedOut of the user who left', async () => {
    const headers = await loginHeaders(t.app, 'ada', PASSWORD);
    const logout = await t.app.inject({ method: 'GET', url: '/logout/', headers });
    expect(logout.statusCode).toBe(302);
    const rows = await waitForLogRows(
      t.metadataDb,
      (all) => rowsWithAction(all, 'UserLoggedOut').length > 0,
    );
    expect(rowsWithAction(rows, 'UserLoggedOut')[0]).toMatchObject({ user_id: adaId });
  });

  it('records an API call with its action name, user, duration, status and referrer', async () => {
    const headers = await loginHeaders(t.app, 'ada', PASSWORD);
    const me = await t.app.inject({
      method: 'GET',
      url: '/api/v1/me/?tab=profile',
      headers: { ...headers, referer: 'http://localhost/superset/welcome/' },
    });
    expect(me.statusCode).toBe(200);
    const rows = await waitForLogRows(
      t.metadataDb,
      (all) => rowsWithAction(all, 'CurrentUserRestApi.get_me').length > 0,
    );
    const [row] = rowsWithAction(rows, 'CurrentUserRestApi.get_me');
    expect(row).toMatchObject({
      user_id: adaId,
      referrer: 'http://localhost/superset/welcome/',
      dashboard_id: null,
      slice_id: null,
    });
    expect(row?.duration_ms).toBeGreaterThanOrEqual(0);
    expect(jsonOf(row!)).toEqual({
      method: 'GET',
      path: '/api/v1/me/',
      route: '/api/v1/me/',
      path_params: {},
      query: { tab: 'profile' },
      status: 200,
    });
  });

  it('fills dashboard_id from the pk of a dashboard route, and records refused calls too', async () => {
    await t.app.inject({ method: 'GET', url: '/api/v1/dashboard/42/charts' });
    const rows = await waitForLogRows(
      t.metadataDb,
      (all) => rowsWithAction(all, 'DashboardRestApi.charts').length > 0,
    );
    const [row] = rowsWithAction(rows, 'DashboardRestApi.charts');
    expect(row).toMatchObject({ dashboard_id: 42, slice_id: null, user_id: null });
    expect(jsonOf(row!)).toMatchObject({ status: 401, path_params: { pk: '42' } });
  });

  it('fills dashboard_id with the dashboard a handler found by slug', async () => {
    await t.app.inject({ method: 'GET', url: '/api/v1/stand_in/sales' });
    const rows = await waitForLogRows(
      t.metadataDb,
      (all) => rowsWithAction(all, 'StandInRestApi.get').length > 0,
    );
    const [row] = rowsWithAction(rows, 'StandInRestApi.get');
    expect(row).toMatchObject({ dashboard_id: 77, slice_id: null });
  });

  it('does not record pages, health checks or unknown paths', async () => {
    const before = (await readLogRows(t.metadataDb)).length;
    await t.app.inject({ method: 'GET', url: '/health' });
    await t.app.inject({ method: 'GET', url: '/api/v1/no_such_thing/' });
    await t.app.inject({ method: 'GET', url: '/login/' });
    await t.app.inject({ method: 'GET', url: '/api/v1/me/' });
    const rows = await waitForLogRows(t.metadataDb, (all) => all.length > before);
    expect(rows.slice(before).map((row) => row.action)).toEqual(['CurrentUserRestApi.get_me']);
  });

  it('stores no password, token, cookie or Authorization value sent to it', async () => {
    const secrets = {
      password: PASSWORD,
      newUserPassword: 'New-user-Pa55word-xyz',
      bearer: 'authorization-value-0123456789',
      queryToken: 'query-token-value-9876543210',
      referrerToken: 'referrer-token-value-5555',
      filterSecret: 'filter-secret-value-4444',
    };
    const before = (await readLogRows(t.metadataDb)).length;
    const headers = await loginHeaders(t.app, 'ada', secrets.password);
    const q = `(filters:!((col:password,opr:eq,value:'${secrets.filterSecret}')))`;
    const standIn = await t.app.inject({
      method: 'POST',
      url: `/api/v1/stand_in/?access_token=${secrets.queryToken}&q=${encodeURIComponent(q)}`,
      headers: {
        ...headers,
        // Basic, not Bearer: an unknown bearer token is refused before the route runs.
        authorization: `Basic ${secrets.bearer}`,
        referer: `http://localhost/reset/?token=${secrets.referrerToken}`,
      },
      payload: { username: 'newbie', password: secrets.newUserPassword },
    });
    expect(standIn.statusCode).toBe(200);
    const gamma = await t.metadataDb.kysely
      .selectFrom('ab_role')
      .select('id')
      .where('name', '=', 'Gamma')
      .executeTakeFirstOrThrow();
    const create = await t.app.inject({
      method: 'POST',
      url: '/api/v1/security/users/',
      headers,
      payload: {
        username: 'newbie',
        first_name: 'New',
        last_name: 'User',
        email: 'newbie@example.com',
        roles: [gamma.id],
        password: secrets.newUserPassword,
      },
    });
    const expectedActions = [
      'UserLoggedIn',
      'StandInRestApi.post',
      ...(create.statusCode === 404 ? [] : ['SecurityRestApi.users.post']),
    ];

    const rows = await waitForLogRows(t.metadataDb, (all) => {
      const actions = all.slice(before).map((row) => row.action);
      return expectedActions.every((action) => actions.includes(action));
    });
    const written = rows.slice(before);
    const sent = [...Object.values(secrets), headers['x-csrftoken'] ?? 'no-csrf-token'];
    const cookieValue = headers.cookie?.split('=')[1];
    for (const row of written) {
      const stored = JSON.stringify(row);
      for (const secret of [...sent, ...(cookieValue ? [cookieValue] : [])]) {
        expect(stored, `${row.action} row`).not.toContain(secret);
      }
    }
  });
});
