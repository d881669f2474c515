import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChartProduct } from './chart-data-product.js';
import { DashboardLoadError, loadDashboard } from './dashboard-stream.js';
import { closeConnections } from './http-client.js';

const chartLine = (id: number) =>
  `${JSON.stringify({ type: 'chart', chart_id: id, result: [{ status: 'success', data: [] }] })}\n`;

/** Streams a dashboard's lines as the endpoint does: one write per line, the slow chart late. */
async function streamLines(request: IncomingMessage, response: ServerResponse) {
  if (request.url !== '/api/v1/dashboard/3/chart_data' || request.method !== 'POST') {
    response.statusCode = 404;
    response.end('{"message":"Not found"}');
    return;
  }
  response.writeHead(200, { 'content-type': 'application/x-ndjson' });
  response.write(`${JSON.stringify({ type: 'start', dashboard_id: 3, chart_ids: [1, 2] })}\n`);
  response.write(chartLine(1));
  await sleep(120);
  // The slow chart's line arrives in two pieces.
  const slow = chartLine(2);
  response.write(slow.slice(0, 10));
  await sleep(20);
  response.write(slow.slice(10));
  response.end(
    `${JSON.stringify({ type: 'done', charts: 2, queries_executed: 2, queries_cached: 0, duration_ms: 140 })}\n`,
  );
}

describe('loadDashboard over HTTP', () => {
  let server: Server;
  let product: ChartProduct;
  beforeAll(async () => {
    server = createServer((request, response) => void streamLines(request, response));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    product = {
      server: { pid: process.pid, port, readyAfterMs: 0, stop: () => Promise.resolve() },
      token: 'token',
      datasetId: 1,
      keyPrefix: 'unused_',
      dispose: () => Promise.resolve(),
    };
  });
  afterAll(async () => {
    closeConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  it('times each tile when its line arrives, not when the answer ends', async () => {
    const load = await loadDashboard(product, 3, { force: true });
    expect(load.firstTileMs).toBeLessThan(100);
    expect(load.lastTileMs).toBeGreaterThanOrEqual(135);
    expect(load.totalMs).toBeGreaterThanOrEqual(load.lastTileMs);
    expect([...load.results.keys()].sort()).toEqual([1, 2]);
  });

  it('fails with the answer of a dashboard the endpoint refused', async () => {
    await expect(loadDashboard(product, 4, { force: false })).rejects.toThrow(DashboardLoadError);
  });
});
