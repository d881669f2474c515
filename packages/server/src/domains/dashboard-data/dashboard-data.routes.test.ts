import Fastify, { type FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { registerErrorHandler } from '../../app/plugins/error-handler.js';
import {
  chartDataHarness,
  gamma,
  type HarnessOptions,
} from '../chart-data/test-support/chart-data-harness.js';
import { registerDashboardDataRoutes } from './dashboard-data.routes.js';
import { createDashboardDataService } from './dashboard-data.service.js';
import {
  chartFixture,
  dashboardsInMemory,
  tabbedLayout,
} from './test-support/dashboard-fixtures.js';

const saved = (rowLimit: number) => ({
  datasource: { id: 7, type: 'table' },
  queries: [{ columns: ['region'], metrics: ['count'], row_limit: rowLimit }],
});

let app: FastifyInstance | undefined;
afterEach(async () => {
  await app?.close();
});

/** The route alone over HTTP (access is the guard's, tested by the authorisation matrix). */
async function listeningApp(options: HarnessOptions) {
  const harness = chartDataHarness(options);
  app = Fastify();
  registerErrorHandler(app, { showStacktrace: false });
  app.decorateRequest('actor', null as never);
  app.addHook('onRequest', async (request) => {
    request.actor = gamma();
  });
  const charts = [chartFixture(1, saved(1)), chartFixture(2, saved(2))];
  registerDashboardDataRoutes(app, {
    service: createDashboardDataService({
      dashboards: dashboardsInMemory([
        {
          dashboardId: 1,
          slug: 'sales',
          layout: tabbedLayout({ salesTab: [1, 2], otherTab: [] }),
          charts,
        },
      ]),
      chartData: harness.service,
      logUnexpected: () => undefined,
      now: () => 0,
    }),
  });
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  const post = (path: string, body: unknown) =>
    fetch(`${address}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
  return { post };
}

describe('POST /api/v1/dashboard/{id_or_slug}/chart_data', () => {
  it('sends each line as soon as its chart is ready, over the wire', async () => {
    const options: HarnessOptions = {};
    const { post } = await listeningApp(options);
    await (await post('/api/v1/dashboard/sales/chart_data', { charts: [{ chart_id: 2 }] })).text();
    let release: () => void = () => undefined;
    options.gate = new Promise<void>((resolve) => (release = resolve));

    const response = await post('/api/v1/dashboard/sales/chart_data', {});
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/x-ndjson; charset=utf-8');
    const reader = response.body?.pipeThrough(new TextDecoderStream()).getReader();
    if (!reader) throw new Error('no body');
    let received = '';
    // Chart 1's query is held in the database, so chart 2's line must arrive on its own.
    while (!received.includes('"chart_id":2')) {
      const { value, done } = await reader.read();
      if (done) throw new Error(`the answer ended early: ${received}`);
      received += value;
    }
    expect(received).not.toContain('"chart_id":1');
    release();
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
      received += chunk.value;
    }
    const types = received
      .trimEnd()
      .split('\n')
      .map((line) => (JSON.parse(line) as { type: string }).type);
    expect(types).toEqual(['start', 'chart', 'chart', 'done']);
  });

  it('answers a JSON error, not a stream, for a missing dashboard or an invalid body', async () => {
    const { post } = await listeningApp({});
    const missing = await post('/api/v1/dashboard/nope/chart_data', {});
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-type')).toContain('application/json');
    const invalid = await post('/api/v1/dashboard/sales/chart_data', {
      charts: [{ chart_id: 'x' }],
    });
    expect(invalid.status).toBe(400);
    expect(((await invalid.json()) as { message: string }).message).toContain('charts.0.chart_id');
    const badSlug = await post('/api/v1/dashboard/a%20b/chart_data', {});
    expect(badSlug.status).toBe(404);
  });
});
