import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { Redis } from 'ioredis';
import type { Pool, RowDataPacket } from 'mysql2/promise';
import mysql from 'mysql2/promise';
import type { BenchDataset } from '../dataset/dataset-contract.js';
import { benchDataset, TRIPS_TABLE } from '../dataset/dataset-contract.js';
import { ensureMariaDbDataset } from '../dataset/mariadb-dataset.js';
import type { ScenarioContext } from '../scenario-types.js';
import { startAdminProduct } from './admin-product.js';
import { removeKeys } from './chart-cache-floors.js';
import type { ChartProduct } from './chart-data-product.js';
import { CHART_REDIS_URL, chartBenchConfig, chartDatasetBodies } from './chart-data-product.js';
import type { ChartDatasetName, ChartQuery } from './chart-data-queries.js';
import { CHART_DATASETS } from './chart-data-queries.js';
import type { PreparedChart } from './chart-data-session.js';
import { chartDataResult, columnSum, prefixedSum, sumsAgree } from './chart-data-session.js';
import { closeConnections, requestJson } from './http-client.js';

/** The MariaDB server holding the dataset (root, no password: the services' own). */
export const MARIADB_SERVER_URI = process.env.BENCH_MARIADB_URI ?? 'mariadb://root@127.0.0.1:3306';

/** The URI of one database of the MariaDB server, e.g. `mariadb://root@127.0.0.1:3306/bench_chart`. */
export function mariaDbUri(database: string): string {
  return `${MARIADB_SERVER_URI}/${database}`;
}

/** The stock driver's pool over the same database (mysql2 takes the URI as `mysql://`). */
export function mariaDbDriverPool(database: string, connections: number): Pool {
  return mysql.createPool({
    uri: mariaDbUri(database).replace(/^mariadb:/, 'mysql:'),
    connectionLimit: connections,
    maxIdle: connections,
    idleTimeout: 0,
  });
}

/** The product over MariaDB, the dataset, and Q01, Q03 and Q08 with the SQL they run. */
export interface MariaDbSession {
  readonly dataset: BenchDataset;
  readonly product: ChartProduct;
  readonly charts: readonly PreparedChart[];
  readonly dispose: () => Promise<void>;
}

/**
 * The correctness check (performance.md §5.8) on MariaDB: the API's rows and the stock
 * driver's rows for the SQL the API reported, and the checksum column summed on both.
 */
async function prepareChart(
  product: ChartProduct,
  pool: Pool,
  chart: ChartQuery,
): Promise<PreparedChart> {
  const { result: sqlResult } = await chartDataResult(product, chart, {
    force: true,
    resultType: 'query',
  });
  const sql = sqlResult.query;
  const { result } = await chartDataResult(product, chart, { force: true, resultType: 'full' });
  if (result.status !== 'success' || !Array.isArray(result.data)) {
    throw new Error(`chart data ${chart.id} ended ${result.status}: ${result.error ?? ''}`);
  }
  const [floorRows] = await pool.query<RowDataPacket[]>(sql);
  if (result.data.length !== chart.apiRows || floorRows.length !== chart.sqlRows) {
    throw new Error(
      `${chart.id}: the API answered ${result.data.length} rows (expected ${chart.apiRows}), ` +
        `its SQL on mysql2 ${floorRows.length} (expected ${chart.sqlRows})`,
    );
  }
  const apiSum = prefixedSum(result.data, chart.checksumColumn);
  const floorSum = columnSum(floorRows, chart.checksumColumn);
  if (!sumsAgree(apiSum, floorSum)) {
    throw new Error(
      `${chart.id}: the API sums ${chart.checksumColumn} to ${apiSum}, mysql2 to ${floorSum}`,
    );
  }
  return { chart, sql };
}

/**
 * A product of its own (Redis data cache) with the MariaDB database and the chart datasets
 * the PostgreSQL scenarios register (the trips, the trips joined to their riders, the riders).
 */
async function startMariaDbProduct(
  database: string,
  log: (message: string) => void,
): Promise<ChartProduct> {
  const keyPrefix = `superset_bench_mariadb_${randomBytes(6).toString('hex')}_`;
  const product = await startAdminProduct({
    homePrefix: 'superset-bench-mariadb-',
    config: chartBenchConfig(keyPrefix),
    database: { database_name: 'bench trips (MariaDB)', sqlalchemy_uri: mariaDbUri(database) },
    log,
  });
  try {
    const bodies = chartDatasetBodies(product.databaseId, {
      analyticsUri: mariaDbUri(database),
      schema: database,
      table: TRIPS_TABLE,
    });
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

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

/**
 * Builds or reuses the dataset in MariaDB (10M trips, 1M with `--quick`), starts the
 * product with its Redis data cache over it, fetches each chart's SQL (result_type
 * "query") and checks every answer against mysql2 running that SQL.
 */
export async function openMariaDbSession(
  context: ScenarioContext,
  queries: readonly ChartQuery[],
): Promise<MariaDbSession> {
  await context.product();
  const dataset = benchDataset(context.quick);
  const pool = mariaDbDriverPool(dataset.schema, 1);
  let product: ChartProduct | undefined;
  try {
    const build = await ensureMariaDbDataset(pool, dataset, context.log);
    context.log(
      build.tripsBuilt || build.riderBuilt
        ? `generated in MariaDB ${dataset.schema}: trips ${seconds(build.tripsMs)}, ` +
            `dim_rider ${seconds(build.riderMs)}, analyze ${seconds(build.analyzeMs)}`
        : `reusing MariaDB ${dataset.schema} (${dataset.tripsRows.toLocaleString('en')} trips)`,
    );
    product = await startMariaDbProduct(dataset.schema, context.log);
    const charts: PreparedChart[] = [];
    for (const chart of queries) {
      const startedAt = performance.now();
      charts.push(await prepareChart(product, pool, chart));
      context.log(
        `${chart.id}: answer checked against mysql2 (${seconds(performance.now() - startedAt)})`,
      );
    }
    const opened = product;
    return {
      dataset,
      product: opened,
      charts,
      dispose: async () => {
        await opened.dispose();
        closeConnections();
        await removeCacheEntries(opened.keyPrefix);
      },
    };
  } catch (error) {
    await product?.dispose();
    closeConnections();
    throw error;
  } finally {
    await pool.end();
  }
}

/** Removes what the run left in Redis: the product's cache entries and the floors' payloads. */
async function removeCacheEntries(prefix: string): Promise<void> {
  const redis = new Redis(CHART_REDIS_URL);
  try {
    await removeKeys(redis, prefix);
  } finally {
    redis.disconnect();
  }
}
