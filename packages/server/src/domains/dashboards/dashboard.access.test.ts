import { DASHBOARD_API_PATH as URL, type DashboardListItem } from '@superset-ts/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserHeaders } from '../session/test-support/session-client.js';
import {
  layoutWith,
  startDashboardTestApp,
  type DashboardTestApp,
} from './test-support/dashboard-test-app.js';

async function listedIds(t: DashboardTestApp, who: BrowserHeaders): Promise<number[]> {
  const response = await t.as(who, 'GET', `${URL}?q=${encodeURIComponent('(page_size:100)')}`);
  expect(response.statusCode).toBe(200);
  return response.json<{ result: DashboardListItem[] }>().result.map((item) => item.id);
}

/** Whether `who` sees the dashboard: listed, and its GET answers 200 (never 403). */
async function sees(t: DashboardTestApp, who: BrowserHeaders, id: number): Promise<boolean> {
  const status = (await t.as(who, 'GET', `${URL}${id}`)).statusCode;
  expect([200, 404]).toContain(status);
  expect((await listedIds(t, who)).includes(id)).toBe(status === 200);
  return status === 200;
}

describe('dashboards: who sees which (DashboardAccessFilter, DASHBOARD_RBAC off)', () => {
  let t: DashboardTestApp;
  beforeAll(async () => {
    t = await startDashboardTestApp();
  });
  afterAll(async () => t.close());

  it('shows a draft to its owners and admins only', async () => {
    const draft = await t.createDashboard(t.alice, {
      position_json: layoutWith([t.ordersChartId]),
    });
    expect(await sees(t, t.alice, draft)).toBe(true);
    expect(await sees(t, t.admin, draft)).toBe(true);
    expect(await sees(t, t.bob, draft)).toBe(false);
    expect(await sees(t, t.alpha, draft)).toBe(false);
  });

  it('shows a published dashboard to those who may read one of its charts’ datasets', async () => {
    const published = await t.createDashboard(t.alice, {
      published: true,
      position_json: layoutWith([t.ordersChartId]),
    });
    expect(await sees(t, t.bob, published)).toBe(true);
    expect(await sees(t, t.alpha, published)).toBe(true);
    expect(await sees(t, t.gamma, published)).toBe(false);
  });

  it('needs only one readable chart: a second chart on another dataset does not hide it', async () => {
    const mixed = await t.createDashboard(t.admin, {
      published: true,
      position_json: layoutWith([t.secretChartId, t.ordersChartId]),
    });
    expect(await sees(t, t.bob, mixed)).toBe(true);
    const secretOnly = await t.createDashboard(t.admin, {
      published: true,
      position_json: layoutWith([t.secretChartId]),
    });
    expect(await sees(t, t.bob, secretOnly)).toBe(false);
    expect(await sees(t, t.alpha, secretOnly)).toBe(true);
  });

  it('ignores roles while DASHBOARD_RBAC is off', async () => {
    const withRole = await t.createDashboard(t.admin, {
      published: true,
      roles: [await t.roleIdOf('alice_role')],
      position_json: layoutWith([t.ordersChartId]),
    });
    expect(await sees(t, t.bob, withRole)).toBe(true);
    expect(await sees(t, t.gamma, withRole)).toBe(false);
  });

  it('answers 404, not 403, for a dashboard one may not see, by id or slug and on its parts', async () => {
    const hidden = await t.createDashboard(t.admin, { slug: 'hidden-board' });
    for (const path of [
      `${URL}${hidden}`,
      `${URL}hidden-board`,
      `${URL}${hidden}/charts`,
      `${URL}${hidden}/datasets`,
    ]) {
      const response = await t.as(t.bob, 'GET', path);
      expect(response.statusCode).toBe(404);
      expect(response.json<{ message: string }>().message).not.toContain('permission');
    }
    expect((await t.as(t.bob, 'PUT', `${URL}${hidden}`, { dashboard_title: 'x' })).statusCode).toBe(
      404,
    );
    expect((await t.as(t.bob, 'DELETE', `${URL}${hidden}`)).statusCode).toBe(404);
    expect((await t.as(t.bob, 'POST', `${URL}${hidden}/favorites/`)).statusCode).toBe(404);
  });
});

describe('dashboards: who sees which with DASHBOARD_RBAC on', () => {
  let t: DashboardTestApp;
  beforeAll(async () => {
    t = await startDashboardTestApp({ FEATURE_FLAGS: { DASHBOARD_RBAC: true } });
  });
  afterAll(async () => t.close());

  it('shows a published dashboard with roles to those roles only, whatever their data access', async () => {
    const forAlice = await t.createDashboard(t.admin, {
      published: true,
      roles: [await t.roleIdOf('alice_role')],
      position_json: layoutWith([t.secretChartId]),
    });
    expect(await sees(t, t.alice, forAlice)).toBe(true);
    expect(await sees(t, t.bob, forAlice)).toBe(false);
  });

  it('keeps data access for published dashboards without roles', async () => {
    const open = await t.createDashboard(t.admin, {
      published: true,
      position_json: layoutWith([t.ordersChartId]),
    });
    expect(await sees(t, t.bob, open)).toBe(true);
    expect(await sees(t, t.gamma, open)).toBe(false);
  });

  it('shows a draft with roles to its owners only', async () => {
    const draft = await t.createDashboard(t.admin, {
      roles: [await t.roleIdOf('alice_role')],
      owners: [await t.userIdOf('bob')],
    });
    expect(await sees(t, t.alice, draft)).toBe(false);
    expect(await sees(t, t.bob, draft)).toBe(true);
  });
});
