import { randomBytes } from 'node:crypto';
import type { StartedServer } from '../server-process.js';
import { startAdminProduct } from './admin-product.js';
import { requestJson } from './http-client.js';
import type { ChartDatasetName, ChartQuery } from './chart-query-parts.js';
import { CHART_DATASETS, datasetOf } from './chart-query-parts.js';
import { DIM_RIDER_TABLE, TRIPS_TABLE } from '../dataset/dataset-contract.js';

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

/** A started product with an admin's API token and the chart datasets registered. */
export interface ChartProduct {
  readonly server: StartedServer;
  readonly token: string;
  /** The physical trips dataset (`datasetIds.trips`), for callers of one dataset. */
  readonly datasetId: number;
  /** Every chart dataset by name; absent on products that registered only the trips. */
  readonly datasetIds?: Readonly<Record<ChartDatasetName, number>>;
  /** The prefix of every Redis key the product's data cache writes. */
  readonly keyPrefix: string;
  /** Stops the server and removes its SUPERSET_HOME. */
  readonly dispose: () => Promise<void>;
}

/** What the datasets are created over: the schema holding `trips` and `dim_rider`. */
export interface ChartDatasetTarget {
  readonly analyticsUri: string;
  readonly schema: string;
  /** The fact table, `trips`. */
  readonly table: string;
}

/**
 * The virtual dataset of Q04 and Q09 (performance.md Appendix A): every trip with its
 * rider's city, segment and premium flag, as an analyst would save it in SQL Lab.
 */
export function tripsRidersSql(schema: string): string {
  return (
    `SELECT t.*, r.city, r.segment, r.is_premium FROM ${schema}.${TRIPS_TABLE} t ` +
    `JOIN ${schema}.${DIM_RIDER_TABLE} r ON r.rider_id = t.rider_id`
  );
}

/** The body of POST /api/v1/dataset/ for each chart dataset. */
export function chartDatasetBodies(
  databaseId: number,
  target: ChartDatasetTarget,
): Readonly<Record<ChartDatasetName, Record<string, unknown>>> {
  const physical = (table: string) => ({
    database: databaseId,
    schema: target.schema,
    table_name: table,
  });
  return {
    trips: physical(target.table),
    trips_riders: {
      ...physical('trips_riders'),
      sql: tripsRidersSql(target.schema),
    },
    dim_rider: physical(DIM_RIDER_TABLE),
  };
}

/** The dataset id a chart query goes to (the trips for a product of the trips alone). */
export function chartDatasetId(product: ChartProduct, chart: ChartQuery): number {
  const name = datasetOf(chart);
  if (name === 'trips') return product.datasetId;
  const id = product.datasetIds?.[name];
  if (id === undefined) throw new Error(`${chart.id}: the product has no ${name} dataset`);
  return id;
}

/** The engine a chart product reads, as its database is named: `bench trips (PostgreSQL)`. */
export type ChartEngineName = 'PostgreSQL' | 'MariaDB';

/**
 * A product of its own with the Redis data cache (see startAdminProduct), the database
 * registered, and the three chart datasets (POST /api/v1/dataset/): the trips, the trips
 * joined to their riders (virtual) and the riders, as an admin's script would.
 */
export async function startChartProduct(
  target: ChartDatasetTarget,
  log: (message: string) => void,
  engine: ChartEngineName = 'PostgreSQL',
): Promise<ChartProduct> {
  const slug = engine.toLowerCase();
  const keyPrefix = `superset_bench_${slug}_${randomBytes(6).toString('hex')}_`;
  const product = await startAdminProduct({
    homePrefix: `superset-bench-${slug}-`,
    config: chartBenchConfig(keyPrefix),
    database: { database_name: `bench trips (${engine})`, sqlalchemy_uri: target.analyticsUri },
    log,
  });
  try {
    const bodies = chartDatasetBodies(product.databaseId, target);
    const ids = {} as Record<ChartDatasetName, number>;
    for (const name of CHART_DATASETS) {
      const dataset = await requestJson<{ id: number }>(
        {
          port: product.server.port,
          method: 'POST',
          path: '/api/v1/dataset/',
          token: product.token,
          json: bodies[name],
        },
        201,
      );
      ids[name] = dataset.body.id;
    }
    const { server, token, dispose } = product;
    return { server, token, datasetId: ids.trips, datasetIds: ids, keyPrefix, dispose };
  } catch (error) {
    await product.dispose();
    throw error;
  }
}
