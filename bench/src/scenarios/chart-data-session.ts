import pg from 'pg';
import type { ScenarioContext } from '../scenario-types.js';
import type { BenchDataset } from '../dataset/dataset-contract.js';
import { benchDataset, TRIPS_TABLE } from '../dataset/dataset-contract.js';
import { describeBuild, ensurePostgresDataset } from '../dataset/postgres-dataset.js';
import type { ChartFloorDriver, PreparedChart } from './chart-answer-check.js';
import { checkCharts, disposeChartProduct } from './chart-answer-check.js';
import type { ChartProduct } from './chart-data-product.js';
import { startChartProduct } from './chart-data-product.js';
import type { ChartQuery } from './chart-data-queries.js';
import { CHART_QUERIES, chartVariant } from './chart-data-queries.js';
import { chartDataResult } from './chart-data-result.js';

/** The analytics PostgreSQL holding the fact table (the services' `test` database). */
export const CHART_POSTGRES_URI =
  process.env.BENCH_CHART_POSTGRES_URI ?? 'postgresql://postgres@127.0.0.1:5432/test';

/** The product, the dataset and its chart queries, ready to measure. */
export interface ChartSession {
  readonly product: ChartProduct;
  /** The size of the dataset the product reads. */
  readonly dataset: BenchDataset;
  readonly charts: readonly PreparedChart[];
  readonly dispose: () => Promise<void>;
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
  const driver: ChartFloorDriver = {
    name: 'the driver',
    rows: async (sql) => (await pool.query<Record<string, unknown>>(sql)).rows,
  };
  let product: ChartProduct | undefined;
  try {
    context.log(describeBuild(dataset, await ensurePostgresDataset(pool, dataset)));
    product = await startChartProduct(
      { analyticsUri: CHART_POSTGRES_URI, schema: dataset.schema, table: TRIPS_TABLE },
      context.log,
    );
    const charts = await checkCharts(product, driver, queries, context.log);
    const opened = product;
    return { product: opened, dataset, charts, dispose: () => disposeChartProduct(opened) };
  } catch (error) {
    if (product !== undefined) await disposeChartProduct(product);
    throw error;
  } finally {
    await pool.end();
  }
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
