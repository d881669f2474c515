import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  encodeRison,
  logListResponseSchema,
  logShowResponseSchema,
  recentActivityResponseSchema,
  relatedUsersResponseSchema,
  type LogListQueryInput,
} from '@superset-ts/shared';
import { addUser, createTestApp, type TestApp } from '../../app/test-support/test-app.js';
import { readTimestamp } from '../../db/index.js';
import {
  rowsWithAction,
  waitForLogRows,
} from '../../logging/test-support/action-log-test-support.js';
import { loginHeaders } from '../session/test-support/session-client.js';

const PASSWORD = 'Log-routes-pass-1';

describe('/api/v1/log/', () => {
  let t: TestApp;
  let admin: Record<string, string>;
  let gamma: Record<string, string>;
  let gammaId: number;

  const get = (url: string, headers: Record<string, string> = {}) =>
    t.app.inject({ method: 'GET', url, headers });
  const listUrl = (q: LogListQueryInput) => `/api/v1/log/?q=${encodeURIComponent(encodeRison(q))}`;

  beforeAll(async () => {
    t = await createTestApp();
    await addUser(t.metadataDb, { username: 'root', password: PASSWORD, roles: ['Admin'] });
    gammaId = await addUser(t.metadataDb, {
      username: 'gus',
      password: PASSWORD,
      roles: ['Gamma'],
    });
    admin = await loginHeaders(t.app, 'root', PASSWORD);
    gamma = await loginHeaders(t.app, 'gus', PASSWORD);
    await waitForLogRows(t.metadataDb, (rows) => rowsWithAction(rows, 'UserLoggedIn').length === 2);
  });
  afterAll(async () => t.close());

  it('lists the log for an admin, newest first, with users', async () => {
    const response = await get(
      listUrl({ filters: [{ col: 'action', opr: 'eq', value: 'UserLoggedIn' }] }),
      admin,
    );
    expect(response.statusCode).toBe(200);
    const body = logListResponseSchema.parse(response.json());
    expect(body.count).toBe(2);
    expect(body.ids).toEqual(body.result.map((row) => row.id));
    expect(body.result.map((row) => row.user?.username)).toEqual(['gus', 'root']);
    expect(body.result[0]).toMatchObject({
      action: 'UserLoggedIn',
      user_id: gammaId,
      json: { username: 'gus', status: 200 },
    });
    expect(new Date(body.result[0]?.dttm ?? '').getTime()).toBeGreaterThan(Date.now() - 60_000);
  });

  it('refuses the log to a Gamma user (403) and to an anonymous caller (401)', async () => {
    expect((await get('/api/v1/log/', gamma)).statusCode).toBe(403);
    expect((await get('/api/v1/log/')).statusCode).toBe(401);
    expect((await get('/api/v1/log/1', gamma)).statusCode).toBe(403);
    expect((await get('/api/v1/log/related/user', gamma)).statusCode).toBe(403);
  });

  it('answers a bad query with 400 saying what is wrong', async () => {
    const syntax = await get('/api/v1/log/?q=(filters:!((col:action', admin);
    expect(syntax.statusCode).toBe(400);
    const column = await get(
      `/api/v1/log/?q=${encodeRison({ filters: [{ col: 'json', opr: 'ct', value: 'x' }] })}`,
      admin,
    );
    expect(column.statusCode).toBe(400);
    const size = await get(`/api/v1/log/?q=${encodeRison({ page_size: 1000 })}`, admin);
    expect(size.statusCode).toBe(400);
  });

  it('shows one row by id, and 404 for a missing or malformed id', async () => {
    const listed = logListResponseSchema.parse(
      (await get(listUrl({ page_size: 1 }), admin)).json(),
    );
    const id = listed.ids[0] ?? 0;
    const shown = await get(`/api/v1/log/${id}`, admin);
    expect(shown.statusCode).toBe(200);
    expect(logShowResponseSchema.parse(shown.json())).toMatchObject({ id, result: { id } });
    expect((await get('/api/v1/log/987654', admin)).statusCode).toBe(404);
    expect((await get('/api/v1/log/abc', admin)).statusCode).toBe(404);
  });

  it('shows a user only their own recent activity', async () => {
    const response = await get('/api/v1/log/recent_activity/', gamma);
    expect(response.statusCode).toBe(200);
    const { result } = recentActivityResponseSchema.parse(response.json());
    const rows = await waitForLogRows(t.metadataDb, (all) => all.length > 0);
    const keyOf = (action: string | null, time: number) => `${action}@${time}`;
    const keysOf = (userId: number | null) =>
      rows
        .filter((row) => row.user_id === userId)
        .map((row) => keyOf(row.action, readTimestamp(row.dttm ?? '').getTime()));
    const shown = result.map((item) => keyOf(item.action, item.time));
    expect(shown).toContain(keysOf(gammaId).find((key) => key.startsWith('UserLoggedIn@')));
    expect(shown.filter((key) => !keysOf(gammaId).includes(key))).toEqual([]);
    const adminKeys = keysOf(
      rows.find((row) => row.user_id !== gammaId && row.user_id)?.user_id ?? -1,
    );
    expect(adminKeys.length).toBeGreaterThan(0);
    expect(shown.filter((key) => adminKeys.includes(key))).toEqual([]);
    expect((await get('/api/v1/log/recent_activity/')).statusCode).toBe(401);
  });

  it('records front-end events as "log" rows of the caller, with secrets redacted', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/log/',
      headers: { ...gamma, referer: 'http://localhost/superset/dashboard/3/' },
      payload: {
        events: [
          { event_name: 'mount_dashboard', source: 'dashboard', source_id: 3, duration: 120.4 },
          { event_name: 'load_chart', slice_id: 11, api_key: 'abc-secret-key' },
        ],
      },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ message: 'OK', count: 2 });
    const rows = await waitForLogRows(
      t.metadataDb,
      (all) => rowsWithAction(all, 'log').length === 2,
    );
    const events = rowsWithAction(rows, 'log');
    expect(events[0]).toMatchObject({ user_id: gammaId, dashboard_id: 3, duration_ms: 120 });
    expect(events[0]?.referrer).toBe('http://localhost/superset/dashboard/3/');
    expect(events[1]).toMatchObject({ user_id: gammaId, slice_id: 11 });
    expect(events[1]?.json).not.toContain('abc-secret-key');
    expect(rowsWithAction(rows, 'LogRestApi.post')).toEqual([]);
  });

  it("accepts Superset's form with events as JSON text", async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/log/',
      headers: gamma,
      payload: { events: JSON.stringify([{ event_name: 'spa_navigation' }]) },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ count: 1 });
  });

  it('refuses events from an anonymous caller, a bad body and an oversized body', async () => {
    const anonymous = await t.app.inject({
      method: 'POST',
      url: '/api/v1/log/',
      payload: { events: [{ event_name: 'x' }] },
    });
    expect([401, 400]).toContain(anonymous.statusCode);
    const tooMany = await t.app.inject({
      method: 'POST',
      url: '/api/v1/log/',
      headers: gamma,
      payload: { events: Array.from({ length: 101 }, () => ({ event_name: 'x' })) },
    });
    expect(tooMany.statusCode).toBe(400);
    const huge = await t.app.inject({
      method: 'POST',
      url: '/api/v1/log/',
      headers: gamma,
      payload: { events: [{ event_name: 'x'.repeat(70_000) }] },
    });
    expect(huge.statusCode).toBe(413);
    const notJson = await t.app.inject({
      method: 'POST',
      url: '/api/v1/log/',
      headers: gamma,
      payload: { events: '[not json' },
    });
    expect(notJson.statusCode).toBe(400);
  });

  it('offers users to filter by, for an admin', async () => {
    const response = await get(
      `/api/v1/log/related/user?q=${encodeRison({ filter: 'gu' })}`,
      admin,
    );
    expect(response.statusCode).toBe(200);
    expect(relatedUsersResponseSchema.parse(response.json())).toEqual({
      count: 1,
      result: [{ value: gammaId, text: 'Test User' }],
    });
  });
});
