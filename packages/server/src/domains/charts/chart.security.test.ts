import { CHART_API_PATH as URL } from '@superset-ts/shared';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startChartTestApp, type ChartTestApp } from './test-support/chart-test-app.js';

/**
 * Attacks on the chart API through the real routes (security.md: CVE-2021-37839, 2023-43701,
 * 2025-27696, 2025-55675; rows A2, A3, A12, X1).
 */

let t: ChartTestApp;
let aliceChart: number;
let secretChart: number;

const sameNotFound = (a: LightMyRequestResponse, b: LightMyRequestResponse) => {
  expect(a.statusCode).toBe(404);
  expect(b.statusCode).toBe(404);
  const errorType = (r: LightMyRequestResponse) =>
    r.json<{ errors: { error_type: string }[] }>().errors[0]?.error_type;
  expect(errorType(a)).toBe(errorType(b));
};

beforeAll(async () => {
  t = await startChartTestApp();
  aliceChart = await t.createChart(t.alice, { slice_name: 'Alice <img src=x onerror=alert(1)>' });
  secretChart = await t.createChart(t.admin, {
    slice_name: 'Layoffs 2025',
    datasource_id: t.secretId,
    query_context: JSON.stringify({
      datasource: { id: t.secretId, type: 'table' },
      queries: [{ columns: ['one'], metrics: null }],
    }),
  });
});
afterAll(async () => {
  await t.close();
});

describe('charts on datasets one may not access', () => {
  it('answer as missing charts on every route, naming nothing (CVE-2021-37839, 2025-55675)', async () => {
    for (const [method, suffix] of [
      ['GET', ''],
      ['GET', '/data/'],
      ['POST', '/favorites/'],
      ['DELETE', '/favorites/'],
      ['PUT', ''],
      ['DELETE', ''],
    ] as const) {
      const body = method === 'PUT' ? { slice_name: 'mine now' } : undefined;
      const forbidden = await t.as(t.alice, method, `${URL}${secretChart}${suffix}`, body);
      const missing = await t.as(t.alice, method, `${URL}999999${suffix}`, body);
      sameNotFound(forbidden, missing);
      expect(forbidden.body).not.toMatch(/Layoffs|secret/);
    }
    const status = await t.as(t.alice, 'GET', `${URL}favorite_status/?q=!(${secretChart})`);
    expect(status.body).not.toMatch(/"value":true/);
    const admin = await t.as(t.admin, 'GET', `${URL}${secretChart}`);
    expect(admin.json<{ result: { slice_name: string } }>().result.slice_name).toBe('Layoffs 2025');
  });

  it('are left out of the list, its count and its search', async () => {
    const listed = await t.as(t.alice, 'GET', URL);
    expect(listed.json<{ count: number }>().count).toBe(1);
    const q = encodeURIComponent('(filters:!((col:slice_name,opr:ct,value:Layoffs)))');
    const searched = await t.as(t.alice, 'GET', `${URL}?q=${q}`);
    expect(searched.json<{ count: number }>().count).toBe(0);
    expect(searched.body).not.toContain('Layoffs');
    const gamma = await t.as(t.gamma, 'GET', URL);
    expect(gamma.json<{ count: number }>().count).toBe(0);
  });
});

describe("other users' charts", () => {
  it('cannot be taken over by a reader: owners, fields and dataset stay (CVE-2025-27696)', async () => {
    const bobId = await t.userIdOf('bob');
    const attempts = [
      { owners: [bobId] },
      { slice_name: 'hijacked' },
      { query_context: '{}', query_context_generation: true, owners: [bobId] },
      { datasource_id: t.secretId },
    ];
    for (const body of attempts) {
      const response = await t.as(t.bob, 'PUT', `${URL}${aliceChart}`, body);
      expect(response.statusCode, JSON.stringify(body)).toBe(403);
    }
    expect((await t.as(t.bob, 'DELETE', `${URL}${aliceChart}`)).statusCode).toBe(403);
    const chart = (await t.as(t.alice, 'GET', `${URL}${aliceChart}`)).json<{
      result: { slice_name: string; owners: { id: number }[] };
    }>().result;
    expect(chart.owners.map((owner) => owner.id)).toEqual([await t.userIdOf('alice')]);
    expect(chart.slice_name).toContain('Alice');
  });

  it('cannot be moved by their owner onto a dataset the owner may not access', async () => {
    const response = await t.as(t.alice, 'PUT', `${URL}${aliceChart}`, {
      datasource_id: t.secretId,
    });
    expect(response.statusCode).toBe(403);
    expect(response.body).not.toContain('secret');
  });

  it("marks favourites per user only: one user's star never shows for another", async () => {
    expect((await t.as(t.alice, 'POST', `${URL}${aliceChart}/favorites/`)).statusCode).toBe(200);
    const bobs = await t.as(t.bob, 'GET', `${URL}favorite_status/?q=!(${aliceChart})`);
    expect(bobs.json()).toEqual({ result: [{ id: aliceChart, value: false }] });
    expect((await t.as(t.bob, 'DELETE', `${URL}${aliceChart}/favorites/`)).statusCode).toBe(200);
    const alices = await t.as(t.alice, 'GET', `${URL}favorite_status/?q=!(${aliceChart})`);
    expect(alices.json()).toEqual({ result: [{ id: aliceChart, value: true }] });
  });

  it('serve markup in names as JSON text, never as a page (CVE-2023-43701)', async () => {
    const response = await t.as(t.bob, 'GET', `${URL}${aliceChart}`);
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.json<{ result: { slice_name: string } }>().result.slice_name).toBe(
      'Alice <img src=x onerror=alert(1)>',
    );
  });
});
