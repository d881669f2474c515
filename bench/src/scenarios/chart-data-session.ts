import { performance } from 'node:perf_hooks';
import { Redis } from 'ioredis';
import pg from 'pg';
import type { Agent } from 'node:http';
import type { ChartDataResponse } from '@superset-ts/shared';
import { CHART_DATA_API_PATH } from '@superset-ts/shared';
import type { ScenarioContext } from '../scenario-types.js';
import type { BenchDataset } from '../dataset/dataset-contract.js';
import { benchDataset, TRIPS_TABLE } from '../dataset/dataset-contract.js';
import { describeBuild, ensurePostgresDataset } from '../dataset/postgres-dataset.js';
import type { ChartProduct } from './chart-data-product.js';
import { CHART_REDIS_URL, chartDatasetId, startChartProduct } from './chart-data-product.js';
import { removeKeys } from './chart-cache-floors.js';
import type { ChartQuery } from './chart-data-queries.js';
import { CHART_QUERIES, chartVariant, queryContext } from './chart-data-queries.js';
import type { TimedResponse } from './http-client.js';
import { closeConnections, requestJson, timedRequest } from './http-client.js';

/** The analytics PostgreSQL holding the fact table (the services' `test` database). */
export const CHART_POSTGRES_URI =
  process.env.BENCH_CHART_POSTGRES_URI ?? 'postgresql://postgres@127.0.0.1:5432/test';

/** A chart query with the SQL the product runs for it (the driver's floor replays it). */
export interface PreparedChart {
  readonly chart: ChartQuery;
  readonly sql: string;
}

/** The product, the dataset and its chart queries, ready to measure. */
export interface ChartSession {
  readonly product: ChartProduct;
  /** The size of the dataset the product reads. */
  readonly dataset: BenchDataset;
  readonly charts: readonly PreparedChart[];
  readonly dispose: () => Promise<void>;
}

/** POST /api/v1/chart/data, the answer received whole (not parsed); throws unless 200. */
export async function postChartData(
  product: ChartProduct,
  chart: ChartQuery,
  force: boolean,
  agent?: Agent,
): Promise<TimedResponse> {
  // The head of the body is kept to explain an error; a 200's body is only counted.
  let head = '';
  const timing = await timedRequest(
    {
      port: product.server.port,
      method: 'POST',
      path: CHART_DATA_API_PATH,
      token: product.token,
      json: queryContext(chartDatasetId(product, chart), chart, { force, resultType: 'full' }),
      ...(agent === undefined ? {} : { agent }),
    },
    (chunk) => {
      if (head.length < 500) head += chunk.toString('utf8', 0, 500);
    },
  );
  if (timing.status !== 200) {
    throw new Error(`chart data ${chart.id} answered ${timing.status}: ${head.slice(0, 500)}`);
  }
  return timing;
}

/** The chart data answer parsed: the first (only) result. */
export async function chartDataResult(
  product: ChartProduct,
  chart: ChartQuery,
  options: { force: boolean; resultType: 'full' | 'query' },
): Promise<{ result: ChartDataResponse['result'][number]; bytes: number }> {
  const { body, timing } = await requestJson<ChartDataResponse>(
    {
      port: product.server.port,
      method: 'POST',
      path: CHART_DATA_API_PATH,
      token: product.token,
      json: queryContext(chartDatasetId(product, chart), chart, options),
    },
    200,
  );
  const result = body.result[0];
  if (result === undefined) throw new Error(`chart data ${chart.id} answered no result`);
  return { result, bytes: timing.bytes };
}

/** The sum of a column over rows, numbers and numeric text alike. */
export function columnSum(rows: readonly Record<string, unknown>[], column: string): number {
  return rows.reduce((sum, row) => sum + Number(row[column] ?? 0), 0);
}

/** The sum of every column whose name starts with `prefix` (a pivot spreads a metric out). */
export function prefixedSum(rows: readonly Record<string, unknown>[], prefix: string): number {
  let sum = 0;
  for (const row of rows) {
    for (const [name, value] of Object.entries(row)) {
      if (name.startsWith(prefix) && value !== null) sum += Number(value);
    }
  }
  return sum;
}

/** Whether two sums of money agree: to the cent, whatever order they were added in. */
export function sumsAgree(a: number, b: number): boolean {
  return Math.abs(a - b) <= Math.max(0.01, Math.abs(b) * 1e-12);
}

/**
 * The correctness check (performance.md §5.8), on every run: the API answers the expected
 * rows, the driver running the API's own SQL the expected rows, and both add the checksum
 * column up to the same total. A fast wrong answer fails the scenario.
 */
async function prepareChart(
  product: ChartProduct,
  pool: pg.Pool,
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
  const floor = await pool.query<Record<string, unknown>>(sql);
  if (result.data.length !== chart.apiRows || floor.rows.length !== chart.sqlRows) {
    throw new Error(
      `${chart.id}: the API answered ${result.data.length} rows (expected ${chart.apiRows}), ` +
        `its SQL on the driver ${floor.rows.length} (expected ${chart.sqlRows})`,
    );
  }
  const apiSum = prefixedSum(result.data, chart.checksumColumn);
  const floorSum = columnSum(floor.rows, chart.checksumColumn);
  if (!sumsAgree(apiSum, floorSum)) {
    throw new Error(
      `${chart.id}: the API sums ${chart.checksumColumn} to ${apiSum}, the driver to ${floorSum}`,
    );
  }
  return { chart, sql };
}

/**
 * Builds or reuses the dataset (10M trips and the riders, 1M with `--quick`, unless `dataset`
 * says otherwise),
 * starts the product with its Redis data cache, registers the chart datasets, fetches the
 * SQL of each chart query (result_type "query") and checks every answer against the
 * driver. `queries` are the design's Q01-Q10 unless given.
 */
export async function openChartSession(
  context: ScenarioContext,
  queries: readonly ChartQuery[] = CHART_QUERIES,
  dataset: BenchDataset = benchDataset(context.quick),
): Promise<ChartSession> {
  await context.product();
  const pool = new pg.Pool({ connectionString: CHART_POSTGRES_URI, max: 1 });
  let product: ChartProduct | undefined;
  try {
    context.log(describeBuild(dataset, await ensurePostgresDataset(pool, dataset)));
    product = await startChartProduct(
      { analyticsUri: CHART_POSTGRES_URI, schema: dataset.schema, table: TRIPS_TABLE },
      context.log,
    );
    const charts: PreparedChart[] = [];
    for (const chart of queries) {
      const startedAt = performance.now();
      charts.push(await prepareChart(product, pool, chart));
      context.log(
        `${chart.id}: answer checked against the driver (${seconds(performance.now() - startedAt)})`,
      );
    }
    const opened = product;
    return {
      product: opened,
      dataset,
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

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

/**
 * `count` variants of a chart (`chartVariant`), each with the SQL the product reports for
 * it, so that concurrent clients neither share an execution nor replay different SQL.
 */
export async function prepareVariants(
  product: ChartProduct,
  chart: ChartQuery,
  count: number,
): Promise<PreparedChart[]> {
  const variants: PreparedChart[] = [];
  for (let index = 0; index < count; index++) {
    const variant = chartVariant(chart, index);
    const { result } = await chartDataResult(product, variant, {
      force: true,
      resultType: 'query',
    });
    variants.push({ chart: variant, sql: result.query });
  }
  if (new Set(variants.map((variant) => variant.sql)).size !== count) {
    throw new Error(`${chart.id}: the variants do not run ${count} different statements`);
  }
  return variants;
}
