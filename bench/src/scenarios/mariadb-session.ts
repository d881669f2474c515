import type { Pool, RowDataPacket } from 'mysql2/promise';
import mysql from 'mysql2/promise';
import { benchDataset, TRIPS_TABLE } from '../dataset/dataset-contract.js';
import { ensureMariaDbDataset } from '../dataset/mariadb-dataset.js';
import type { ScenarioContext } from '../scenario-types.js';
import type { ChartFloorDriver } from './chart-answer-check.js';
import { checkCharts, disposeChartProduct, seconds } from './chart-answer-check.js';
import type { ChartProduct } from './chart-data-product.js';
import { startChartProduct } from './chart-data-product.js';
import type { ChartQuery } from './chart-data-queries.js';
import type { ChartSession } from './chart-data-session.js';

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

/** The product over MariaDB, the dataset, and its chart queries with the SQL they run. */
export type MariaDbSession = ChartSession;

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
  // The database may not exist yet: the build connects to the server and creates it.
  const server = mysql.createPool({
    uri: MARIADB_SERVER_URI.replace(/^mariadb:/, 'mysql:'),
    connectionLimit: 1,
  });
  try {
    const build = await ensureMariaDbDataset(server, dataset, context.log);
    context.log(
      build.tripsBuilt || build.riderBuilt
        ? `generated in MariaDB ${dataset.schema}: trips ${seconds(build.tripsMs)}, ` +
            `dim_rider ${seconds(build.riderMs)}, analyze ${seconds(build.analyzeMs)}`
        : `reusing MariaDB ${dataset.schema} (${dataset.tripsRows.toLocaleString('en')} trips)`,
    );
  } finally {
    await server.end();
  }
  const pool = mariaDbDriverPool(dataset.schema, 1);
  const driver: ChartFloorDriver = {
    name: 'mysql2',
    rows: async (sql) => (await pool.query<RowDataPacket[]>(sql))[0],
  };
  let product: ChartProduct | undefined;
  try {
    product = await startChartProduct(
      { analyticsUri: mariaDbUri(dataset.schema), schema: dataset.schema, table: TRIPS_TABLE },
      context.log,
      'MariaDB',
    );
    const charts = await checkCharts(product, driver, queries, context.log);
    const opened = product;
    return { dataset, product: opened, charts, dispose: () => disposeChartProduct(opened) };
  } catch (error) {
    if (product !== undefined) await disposeChartProduct(product);
    throw error;
  } finally {
    await pool.end();
  }
}
