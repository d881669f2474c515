import { DASHBOARD_API_PATH, type DashboardPermalinkValue } from '@superset-ts/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserHeaders } from '../session/test-support/session-client.js';
import {
  startDatasetTestApp,
  type DatasetTestApp,
} from '../datasets/test-support/dataset-test-app.js';
import { permalinkRepository as explorePermalinks } from '../explore/permalink.repository.js';

const STATE = {
  dataMask: { 'NATIVE_FILTER-1': { filterState: { value: ['EU'] }, extraFormData: {} } },
  activeTabs: ['TAB-1'],
  anchor: 'CHART-3',
  urlParams: [['standalone', '1']],
};

describe('dashboard permalinks: /api/v1/dashboard/{pk}/permalink', () => {
  let t: DatasetTestApp;
  let draftId: number;
  const create = (who: BrowserHeaders, idOrSlug: number | string, body: unknown = STATE) =>
    t.as(who, 'POST', `${DASHBOARD_API_PATH}${idOrSlug}/permalink`, body);
  const open = (who: BrowserHeaders, key: string) =>
    t.as(who, 'GET', `${DASHBOARD_API_PATH}permalink/${key}`);

  beforeAll(async () => {
    t = await startDatasetTestApp();
    // A draft of alpha's: alpha and Admin may see it, gamma may not.
    const created = await t.as(t.alpha, 'POST', DASHBOARD_API_PATH, {
      dashboard_title: 'Sales (draft)',
      slug: 'sales-draft',
      published: false,
    });
    if (created.statusCode !== 201) throw new Error(`dashboard not created: ${created.body}`);
    draftId = created.json<{ id: number }>().id;
  });
  afterAll(async () => t.close());

  it('stores the state under a key and answers the link to share', async () => {
    const created = await create(t.alpha, draftId);
    expect(created.statusCode).toBe(201);
    const { key, url } = created.json<{ key: string; url: string }>();
    expect(key).toMatch(/^[0-9a-f]{32}$/);
    expect(url).toMatch(new RegExp(`^https?://[^/]+/superset/dashboard/p/${key}/$`));

    const read = await open(t.alpha, key);
    expect(read.statusCode).toBe(200);
    expect(read.json<DashboardPermalinkValue>()).toEqual({
      dashboardId: String(draftId),
      state: STATE,
    });
    expect((await open(t.admin, key)).statusCode).toBe(200);
  });

  it('accepts the slug and stores the dashboard id', async () => {
    const { key } = (await create(t.alpha, 'sales-draft')).json<{ key: string }>();
    expect((await open(t.alpha, key)).json<DashboardPermalinkValue>().dashboardId).toBe(
      String(draftId),
    );
  });

  it('treats a dashboard the caller may not see as missing, on create and on open', async () => {
    const { key } = (await create(t.alpha, draftId)).json<{ key: string }>();
    const opened = await open(t.gamma, key);
    expect(opened.statusCode).toBe(404);
    expect(opened.body).not.toContain('Sales');
    expect((await create(t.gamma, draftId)).statusCode).toBe(404);
    expect((await create(t.gamma, 'sales-draft')).statusCode).toBe(404);
    expect((await create(t.alpha, 999999)).statusCode).toBe(404);
  });

  it('answers 404 for unknown, malformed and other kinds of keys', async () => {
    expect((await open(t.alpha, '0'.repeat(32))).statusCode).toBe(404);
    expect((await open(t.alpha, 'not-a-key')).statusCode).toBe(404);
    const exploreKey = await explorePermalinks.create(
      t.api.t.metadataDb.kysely,
      { dashboardId: String(draftId), state: {} },
      { userId: null, now: new Date() },
    );
    expect((await open(t.alpha, exploreKey)).statusCode).toBe(404);
  });

  it('refuses a state of the wrong shape', async () => {
    const response = await create(t.alpha, draftId, { activeTabs: 'TAB-1' });
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('activeTabs');
  });
});
