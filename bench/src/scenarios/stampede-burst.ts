import { CHART_DATA_API_PATH } from '@superset-ts/shared';
import type { ChartProduct } from './chart-data-product.js';
import { chartDatasetId } from './chart-data-product.js';
import type { ChartQuery } from './chart-data-queries.js';
import { queryContext } from './chart-data-queries.js';
import type { BurstAnswer } from './stampede-answers.js';
import { withFreshConnections } from './fresh-connections.js';
import { timedRequest } from './http-client.js';

/**
 * The stampede itself: `clients` identical POST /api/v1/chart/data with force=false, one per
 * connection, every connection opened beforehand (so no request pays for a connect) and
 * every request sent in the same turn of the event loop, so they reach the server together,
 * as a dashboard's viewers do right after the cache was emptied.
 */
export async function sendBurst(
  product: ChartProduct,
  chart: ChartQuery,
  clients: number,
): Promise<BurstAnswer[]> {
  const json = queryContext(chartDatasetId(product, chart), chart, {
    force: false,
    resultType: 'full',
  });
  return withFreshConnections(product.server.port, clients, (agent) =>
    Promise.all(
      Array.from({ length: clients }, async (): Promise<BurstAnswer> => {
        const chunks: Buffer[] = [];
        const timing = await timedRequest(
          {
            port: product.server.port,
            method: 'POST',
            path: CHART_DATA_API_PATH,
            token: product.token,
            json,
            agent,
          },
          (chunk) => chunks.push(chunk),
        );
        return {
          status: timing.status,
          body: Buffer.concat(chunks).toString('utf8'),
          latencyMs: timing.totalMs,
        };
      }),
    ),
  );
}
