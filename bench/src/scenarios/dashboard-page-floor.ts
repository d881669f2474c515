import type { Agent } from 'node:http';
import { fileURLToPath } from 'node:url';
import { Redis } from 'ioredis';
import type { StartedServer } from '../server-process.js';
import { startServer } from '../server-process.js';
import { floorKey, redisHttpFloorServer, storeBlob } from './chart-cache-floors.js';
import { CHART_REDIS_URL } from './chart-data-product.js';
import type { ChartProduct } from './chart-data-product.js';
import { postChartData } from './chart-data-result.js';
import type { BenchDashboard } from './dashboard-session.js';
import { timedRequest } from './http-client.js';

const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** R3w's floor: every tile's cached answer served by a bare Redis GET + node:http server. */
export interface PageFloor {
  readonly port: number;
  /** One GET per tile of a payload its answer's size, one after another: the sum of their times. */
  readonly sumOfTiles: (agent: Agent) => Promise<number>;
  readonly stop: () => Promise<void>;
}

/**
 * Measures each tile's cached answer size, stores a payload of that size per tile in Redis
 * (under the product's prefix, removed with its cache entries) and starts the floor server
 * of the cached chart scenario.
 */
export async function startPageFloor(
  product: ChartProduct,
  dashboard: BenchDashboard,
): Promise<PageFloor> {
  const redis = new Redis(CHART_REDIS_URL);
  let server: StartedServer | undefined;
  try {
    const sizes: number[] = [];
    for (const tile of dashboard.tiles) {
      const { bytes } = await postChartData(product, tile.prepared.chart, false);
      sizes.push(bytes);
      await storeBlob(redis, floorKey(product.keyPrefix, bytes), bytes);
    }
    server = await startServer(redisHttpFloorServer(REPO_ROOT, CHART_REDIS_URL));
    const { port } = server;
    const started = server;
    return {
      port,
      sumOfTiles: async (agent) => {
        let sum = 0;
        for (const bytes of sizes) {
          const path = `/r/${encodeURIComponent(floorKey(product.keyPrefix, bytes))}`;
          const timing = await timedRequest({ port, method: 'GET', path, agent }, () => undefined);
          if (timing.status !== 200 || timing.bytes !== bytes) {
            throw new Error(`floor server answered ${timing.status} with ${timing.bytes} bytes`);
          }
          sum += timing.totalMs;
        }
        return sum;
      },
      stop: async () => {
        await started.stop();
        redis.disconnect();
      },
    };
  } catch (error) {
    await server?.stop();
    redis.disconnect();
    throw error;
  }
}
