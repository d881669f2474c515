import {
  EXPLORE_API_PATH,
  EXPLORE_FORM_DATA_API_PATH as FORM_DATA,
  EXPLORE_PERMALINK_API_PATH as PERMALINK,
} from '@superset-ts/shared';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startChartTestApp, type ChartTestApp } from '../charts/test-support/chart-test-app.js';

/**
 * Attacks on Explore's bootstrap, unsaved states and permalinks (security.md: CVE-2024-28148,
 * 2025-55675; row A2): each way of naming a dataset the caller may not access is refused,
 * and no answer carries its name or columns.
 */

let t: ChartTestApp;
let secretChart: number;
const explore = (query: string) => t.as(t.alice, 'GET', `${EXPLORE_API_PATH}?${query}`);
const leaksNothing = (response: LightMyRequestResponse) =>
  expect(response.body).not.toMatch(/secret|"one"|SELECT 1/);

beforeAll(async () => {
  t = await startChartTestApp();
  secretChart = await t.createChart(t.admin, {
    slice_name: 'Layoffs 2025',
    datasource_id: t.secretId,
  });
});
afterAll(async () => {
  await t.close();
});

describe('explore on a dataset one may not access', () => {
  it('refuses the dataset by id, and a chart on it as a missing chart (CVE-2024-28148)', async () => {
    const denied = await explore(`datasource_id=${t.secretId}&datasource_type=table`);
    expect(denied.statusCode).toBe(403);
    leaksNothing(denied);
    const chart = await explore(`slice_id=${secretChart}`);
    const missing = await explore('slice_id=999999');
    expect(chart.statusCode).toBe(404);
    expect(missing.statusCode).toBe(404);
    expect(chart.body).not.toContain('Layoffs');
  });

  it('refuses an unsaved state or permalink about it, whoever stored it', async () => {
    const adminState = await t.as(t.admin, 'POST', FORM_DATA, {
      datasource_id: t.secretId,
      datasource_type: 'table',
      form_data: JSON.stringify({ viz_type: 'table', datasource: `${t.secretId}__table` }),
    });
    const stateKey = adminState.json<{ key: string }>().key;
    for (const response of [
      await t.as(t.alice, 'GET', `${FORM_DATA}/${stateKey}`),
      await explore(`form_data_key=${stateKey}`),
    ]) {
      expect(response.statusCode).toBe(403);
      leaksNothing(response);
    }
    const ownState = await t.as(t.alice, 'POST', FORM_DATA, {
      datasource_id: t.secretId,
      datasource_type: 'table',
      form_data: '{}',
    });
    expect(ownState.statusCode).toBe(403);

    const link = await t.as(t.admin, 'POST', PERMALINK, {
      formData: { datasource: `${t.secretId}__table`, viz_type: 'table' },
    });
    const linkKey = link.json<{ key: string }>().key;
    for (const response of [
      await t.as(t.alice, 'GET', `${PERMALINK}/${linkKey}`),
      await explore(`permalink_key=${linkKey}`),
    ]) {
      expect(response.statusCode).toBe(403);
      leaksNothing(response);
    }
    const ownLink = await t.as(t.alice, 'POST', PERMALINK, {
      formData: { datasource: `${t.secretId}__table` },
    });
    expect(ownLink.statusCode).toBe(403);
  });

  it('checks the dataset named inside stored form data, not only the one it was stored for', async () => {
    const smuggled = await t.as(t.alice, 'POST', FORM_DATA, {
      datasource_id: t.ordersId,
      datasource_type: 'table',
      form_data: JSON.stringify({ datasource: `${t.secretId}__table`, slice_id: secretChart }),
    });
    expect(smuggled.statusCode).toBe(201);
    const key = smuggled.json<{ key: string }>().key;
    const response = await explore(`form_data_key=${key}`);
    expect([403, 404]).toContain(response.statusCode);
    leaksNothing(response);
    expect(response.body).not.toContain('Layoffs');
  });

  it('refuses junk and foreign keys as missing ones', async () => {
    for (const key of ['..%2F..%2Fetc', 'a'.repeat(200), "x'%20OR%201=1"]) {
      // 414: over Fastify's path-parameter length, refused before any lookup.
      expect([404, 414]).toContain((await t.as(t.alice, 'GET', `${FORM_DATA}/${key}`)).statusCode);
      expect([404, 414]).toContain((await t.as(t.alice, 'GET', `${PERMALINK}/${key}`)).statusCode);
    }
  });
});
