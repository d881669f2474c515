import { DASHBOARD_API_PATH } from '@superset-ts/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserHeaders } from '../session/test-support/session-client.js';
import {
  startDatasetTestApp,
  type DatasetTestApp,
} from '../datasets/test-support/dataset-test-app.js';

const VALUE = JSON.stringify({ 'NATIVE_FILTER-1': { filterState: { value: ['EU'] } } });

describe('dashboard filter state: /api/v1/dashboard/{pk}/filter_state', () => {
  let t: DatasetTestApp;
  let draftId: number;
  let otherId: number;
  const base = (id: number) => `${DASHBOARD_API_PATH}${id}/filter_state`;
  const store = async (who: BrowserHeaders, id: number, value = VALUE, query = '') =>
    t.as(who, 'POST', `${base(id)}${query}`, { value });
  const keyOf = async (who: BrowserHeaders, id: number, value = VALUE, query = '') => {
    const response = await store(who, id, value, query);
    expect(response.statusCode).toBe(201);
    return response.json<{ key: string }>().key;
  };
  const createDraft = async (title: string) => {
    const created = await t.as(t.alpha, 'POST', DASHBOARD_API_PATH, {
      dashboard_title: title,
      published: false,
    });
    if (created.statusCode !== 201) throw new Error(`dashboard not created: ${created.body}`);
    return created.json<{ id: number }>().id;
  };

  beforeAll(async () => {
    t = await startDatasetTestApp();
    // Drafts of alpha's: alpha and Admin may see them, gamma may not.
    draftId = await createDraft('Sales (draft)');
    otherId = await createDraft('Costs (draft)');
  });
  afterAll(async () => t.close());

  it('round-trips a state, readable by whoever sees the dashboard, changed only by its owner', async () => {
    const key = await keyOf(t.alpha, draftId);
    expect(key).toMatch(/^[A-Za-z0-9_-]{40,}$/);
    expect((await t.as(t.alpha, 'GET', `${base(draftId)}/${key}`)).json()).toEqual({
      value: VALUE,
    });
    expect((await t.as(t.admin, 'GET', `${base(draftId)}/${key}`)).json()).toEqual({
      value: VALUE,
    });

    expect(
      (await t.as(t.admin, 'PUT', `${base(draftId)}/${key}`, { value: '{}' })).statusCode,
    ).toBe(403);
    expect((await t.as(t.admin, 'DELETE', `${base(draftId)}/${key}`)).statusCode).toBe(403);

    const updated = await t.as(t.alpha, 'PUT', `${base(draftId)}/${key}`, { value: '{"a":1}' });
    expect(updated.statusCode).toBe(200);
    const { message, key: newKey } = updated.json<{ message: string; key: string }>();
    expect(message).toBe('Value updated successfully.');
    expect((await t.as(t.admin, 'GET', `${base(draftId)}/${newKey}`)).json()).toEqual({
      value: '{"a":1}',
    });

    const deleted = await t.as(t.alpha, 'DELETE', `${base(draftId)}/${newKey}`);
    expect(deleted.json()).toEqual({ message: 'Deleted successfully' });
    expect((await t.as(t.alpha, 'GET', `${base(draftId)}/${newKey}`)).statusCode).toBe(404);
  });

  it('keeps one key per browser tab', async () => {
    const first = await keyOf(t.alpha, draftId, '{"x":1}', '?tab_id=7');
    const second = await keyOf(t.alpha, draftId, '{"x":2}', '?tab_id=7');
    expect(second).toBe(first);
    expect((await t.as(t.alpha, 'GET', `${base(draftId)}/${first}`)).json()).toEqual({
      value: '{"x":2}',
    });
    expect(await keyOf(t.alpha, draftId, '{"x":3}', '?tab_id=8')).not.toBe(first);
  });

  it('treats dashboards the caller may not see as missing', async () => {
    const key = await keyOf(t.alpha, draftId);
    for (const [method, body] of [
      ['GET', undefined],
      ['PUT', { value: '{}' }],
      ['DELETE', undefined],
    ] as const) {
      const response = await t.as(t.gamma, method, `${base(draftId)}/${key}`, body);
      expect(response.statusCode).toBe(404);
      expect(response.body).not.toContain('NATIVE_FILTER');
    }
    expect((await store(t.gamma, draftId)).statusCode).toBe(404);
    expect((await store(t.alpha, 999999)).statusCode).toBe(404);
    expect((await t.as(t.alpha, 'GET', `${base(draftId)}/${key}`)).statusCode).toBe(200);
  });

  it('answers 404 for unknown keys and for keys of another dashboard', async () => {
    const key = await keyOf(t.alpha, draftId);
    expect((await t.as(t.alpha, 'GET', `${base(otherId)}/${key}`)).statusCode).toBe(404);
    expect((await t.as(t.alpha, 'GET', `${base(draftId)}/nosuchkey`)).statusCode).toBe(404);
    expect(
      (await t.as(t.alpha, 'PUT', `${base(draftId)}/nosuchkey`, { value: '{}' })).statusCode,
    ).toBe(404);
    expect((await t.as(t.alpha, 'DELETE', `${base(draftId)}/nosuchkey`)).statusCode).toBe(404);
  });

  it('refuses a value that is missing or not JSON', async () => {
    expect((await store(t.alpha, draftId, 'not json')).statusCode).toBe(400);
    expect((await t.as(t.alpha, 'POST', base(draftId), {})).statusCode).toBe(400);
  });
});
