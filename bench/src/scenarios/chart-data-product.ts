import { randomBytes } from 'node:crypto';
import type { StartedServer } from '../server-process.js';
import { startAdminProduct } from './admin-product.js';
import { requestJson } from './http-client.js';

/** Where the product caches chart data: the local Redis, as the issue asks. */
export const CHART_REDIS_URL = 'redis://127.0.0.1:6379/0';

/**
 * The product's config: chart data cached in Redis for a day under a prefix of this run
 * only (so no entry of an earlier run is ever a hit, and the run can remove its own), and
 * ROW_LIMIT raised to 100,000 (SQL_MAX_ROW's default) so the raw-rows query gets all its rows.
 */
export function chartBenchConfig(keyPrefix: string): Record<string, unknown> {
  return {
    ROW_LIMIT: 100_000,
    DATA_CACHE_CONFIG: {
      CACHE_TYPE: 'RedisCache',
      CACHE_REDIS_URL: CHART_REDIS_URL,
      CACHE_DEFAULT_TIMEOUT: 86_400,
      CACHE_KEY_PREFIX: keyPrefix,
    },
  };
}

/** A started product with an admin's API token and the trips dataset registered. */
export interface ChartProduct {
  readonly server: StartedServer;
  readonly token: string;
  readonly datasetId: number;
  /** The prefix of every Redis key the product's data cache writes. */
  readonly keyPrefix: string;
  /** Stops the server and removes its SUPERSET_HOME. */
  readonly dispose: () => Promise<void>;
}

/** What the dataset is created over. */
export interface ChartDatasetTarget {
  readonly analyticsUri: string;
  readonly schema: string;
  readonly table: string;
}

/**
 * A product of its own with the Redis data cache (see startAdminProduct), the database
 * registered, and a dataset over the table (POST /api/v1/dataset/), as an admin's script would.
 */
export async function startChartProduct(
  target: ChartDatasetTarget,
  log: (message: string) => void,
): Promise<ChartProduct> {
  const keyPrefix = `superset_bench_chart_${randomBytes(6).toString('hex')}_`;
  const product = await startAdminProduct({
    homePrefix: 'superset-bench-chart-',
    config: chartBenchConfig(keyPrefix),
    database: { database_name: 'bench trips (PostgreSQL)', sqlalchemy_uri: target.analyticsUri },
    log,
  });
  try {
    const dataset = await requestJson<{ id: number }>(
      {
        port: product.server.port,
        method: 'POST',
        path: '/api/v1/dataset/',
        token: product.token,
        json: { database: product.databaseId, schema: target.schema, table_name: target.table },
      },
      201,
    );
    const { server, token, dispose } = product;
    return { server, token, datasetId: dataset.body.id, keyPrefix, dispose };
  } catch (error) {
    await product.dispose();
    throw error;
  }
}
