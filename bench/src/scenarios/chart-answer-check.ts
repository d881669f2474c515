import { performance } from 'node:perf_hooks';
import { Redis } from 'ioredis';
import type { ChartProduct } from './chart-data-product.js';
import { CHART_REDIS_URL } from './chart-data-product.js';
import { removeKeys } from './chart-cache-floors.js';
import type { ChartQuery } from './chart-data-queries.js';
import { chartDataResult, columnSum, prefixedSum, sumsAgree } from './chart-data-result.js';
import { closeConnections } from './http-client.js';

/** A chart query with the SQL the product runs for it (the driver's floor replays it). */
export interface PreparedChart {
  readonly chart: ChartQuery;
  readonly sql: string;
}

/** The engine's stock driver, which the product's answers are checked against. */
export interface ChartFloorDriver {
  /** How messages name it: "the driver", "mysql2". */
  readonly name: string;
  /** Runs `sql`; its rows as records. */
  rows(sql: string): Promise<readonly Record<string, unknown>[]>;
}

/**
 * The correctness check (performance.md §5.8), on every run: the API answers the expected
 * rows, the driver running the API's own SQL the expected rows, and both add the checksum
 * column up to the same total. A fast wrong answer fails the scenario.
 */
async function checkChart(
  product: ChartProduct,
  driver: ChartFloorDriver,
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
  const floorRows = await driver.rows(sql);
  if (result.data.length !== chart.apiRows || floorRows.length !== chart.sqlRows) {
    throw new Error(
      `${chart.id}: the API answered ${result.data.length} rows (expected ${chart.apiRows}), ` +
        `its SQL on ${driver.name} ${floorRows.length} (expected ${chart.sqlRows})`,
    );
  }
  const apiSum = prefixedSum(result.data, chart.checksumColumn);
  const floorSum = columnSum(floorRows, chart.checksumColumn);
  if (!sumsAgree(apiSum, floorSum)) {
    throw new Error(
      `${chart.id}: the API sums ${chart.checksumColumn} to ${apiSum}, ${driver.name} to ${floorSum}`,
    );
  }
  return { chart, sql };
}

/** `1.5 s`: how long a step took, for the log. */
export function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

/** Fetches each chart's SQL (result_type "query") and checks its answer against the driver. */
export async function checkCharts(
  product: ChartProduct,
  driver: ChartFloorDriver,
  queries: readonly ChartQuery[],
  log: (message: string) => void,
): Promise<PreparedChart[]> {
  const charts: PreparedChart[] = [];
  for (const chart of queries) {
    const startedAt = performance.now();
    charts.push(await checkChart(product, driver, chart));
    log(
      `${chart.id}: answer checked against ${driver.name} (${seconds(performance.now() - startedAt)})`,
    );
  }
  return charts;
}

/** Stops the product and removes what the run left in Redis under its key prefix. */
export async function disposeChartProduct(product: ChartProduct): Promise<void> {
  await product.dispose();
  closeConnections();
  const redis = new Redis(CHART_REDIS_URL);
  try {
    await removeKeys(redis, product.keyPrefix);
  } finally {
    redis.disconnect();
  }
}
