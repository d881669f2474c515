import { performance } from 'node:perf_hooks';
import pg from 'pg';
import type { Measurement } from '../measurement.js';
import { measurement, pairedRatio } from '../measurement.js';
import type { ScenarioContext } from '../scenario-types.js';
import type { TimedResponse } from './http-client.js';
import { closeConnections, requestJson, timedRequest } from './http-client.js';
import type { FloorRead } from './sqllab-floors.js';
import {
  copyCsvToNode,
  countLines,
  exportCsvWithCursor,
  readObjectRows,
  readRawArrays,
} from './sqllab-floors.js';
import type { SqlLabProduct } from './sqllab-product.js';
import { startSqlLabProduct } from './sqllab-product.js';
import { ensureSqlLabTable, SQLLAB_TABLE, SQLLAB_TABLE_ROWS } from './sqllab-table.js';

/** Scenario id, as in the registry and the results. */
export const SQLLAB = 'S';

/** The analytics PostgreSQL holding the benchmark table (the services' `test` database). */
const POSTGRES_URI =
  process.env.BENCH_SQLLAB_POSTGRES_URI ?? 'postgresql://postgres@127.0.0.1:5432/test';

/** Rows of the JSON run: SQL_MAX_ROW's default, all shown (DISPLAY_MAX_ROW raised to match). */
export const JSON_ROWS = 100_000;
const JSON_SQL = `SELECT * FROM ${SQLLAB_TABLE} LIMIT ${JSON_ROWS}`;
/** The client id of the run the export re-runs. */
const EXPORT_CLIENT_ID = 'benchS1M';
const EXPORT_FLOOR_SQL = `SELECT * FROM ${SQLLAB_TABLE} LIMIT ${SQLLAB_TABLE_ROWS}`;

/** Samples per measurement: JSON runs are short, exports of a million rows are not. */
export function sqlLabSampleCounts(quick: boolean): { json: number; csv: number } {
  return quick ? { json: 3, csv: 2 } : { json: 10, csv: 5 };
}

interface ExecuteAnswer {
  status: string;
  data: Record<string, unknown>[];
  displayLimitReached?: boolean;
}

function expectRows(what: string, rows: number, expected: number): void {
  if (rows !== expected) throw new Error(`${what} returned ${rows} rows, expected ${expected}`);
}

async function timed(work: () => Promise<unknown>): Promise<number> {
  const startedAt = performance.now();
  await work();
  return performance.now() - startedAt;
}

/** POST execute/ of the 100k-row SELECT, the JSON answer received whole and parsed. */
async function executeJson(
  product: SqlLabProduct,
  body: object,
): Promise<{ answer: ExecuteAnswer; timing: TimedResponse }> {
  const { body: answer, timing } = await requestJson<ExecuteAnswer>(
    {
      port: product.server.port,
      method: 'POST',
      path: '/api/v1/sqllab/execute/',
      token: product.token,
      json: { database_id: product.databaseId, ...body },
    },
    200,
  );
  if (answer.status !== 'success') throw new Error(`SQL Lab run ended ${answer.status}`);
  return { answer, timing };
}

async function executeHundredThousand(
  product: SqlLabProduct,
): Promise<{ answer: ExecuteAnswer; timing: TimedResponse }> {
  const run = await executeJson(product, { sql: JSON_SQL, queryLimit: JSON_ROWS });
  expectRows('execute/', run.answer.data.length, JSON_ROWS);
  return run;
}

/** GET export/{client_id}/ streamed to the end, rows counted by line (header excluded). */
async function exportCsv(product: SqlLabProduct): Promise<TimedResponse & { rows: number }> {
  let lines = 0;
  const timing = await timedRequest(
    {
      port: product.server.port,
      method: 'GET',
      path: `/api/v1/sqllab/export/${EXPORT_CLIENT_ID}/`,
      token: product.token,
    },
    (chunk) => (lines += countLines(chunk)),
  );
  if (timing.status !== 200) throw new Error(`export answered ${timing.status}`);
  expectRows('export', lines - 1, SQLLAB_TABLE_ROWS);
  return { ...timing, rows: lines - 1 };
}

function sumOf(values: readonly unknown[]): number {
  return values.reduce<number>((sum, value) => sum + Number(value), 0);
}

/** The correctness check (performance.md §5.8): same row count and column sum as the driver. */
async function checkJsonAgainstDriver(product: SqlLabProduct, pool: pg.Pool): Promise<void> {
  const { answer } = await executeHundredThousand(product);
  const floor = await pool.query<{ quantity: number }>(JSON_SQL);
  expectRows('the driver', floor.rows.length, JSON_ROWS);
  const productSum = sumOf(answer.data.map((row) => row.quantity));
  const floorSum = sumOf(floor.rows.map((row) => row.quantity));
  if (productSum !== floorSum) {
    throw new Error(`execute/ sums quantity to ${productSum}, the driver to ${floorSum}`);
  }
}

async function measureJson(
  context: ScenarioContext,
  product: SqlLabProduct,
  pool: pg.Pool,
): Promise<Measurement[]> {
  await checkJsonAgainstDriver(product, pool);
  await readRawArrays(pool, JSON_SQL);
  const productMs: number[] = [];
  const firstByteMs: number[] = [];
  const objectMs: number[] = [];
  const arrayMs: number[] = [];
  const count = sqlLabSampleCounts(context.quick).json;
  const floorRead = async (read: (pool: pg.Pool, sql: string) => Promise<FloorRead>) => {
    const started = performance.now();
    expectRows('the driver', (await read(pool, JSON_SQL)).rows, JSON_ROWS);
    return performance.now() - started;
  };
  for (let index = 0; index < count; index++) {
    const productFirst = index % 2 === 0;
    const recordProduct = async () => {
      const started = performance.now();
      const { timing } = await executeHundredThousand(product);
      productMs.push(performance.now() - started);
      firstByteMs.push(timing.firstByteMs);
    };
    if (productFirst) await recordProduct();
    objectMs.push(await floorRead(readObjectRows));
    arrayMs.push(await floorRead(readRawArrays));
    if (!productFirst) await recordProduct();
    context.log(
      `execute 100k ${index + 1}/${count}: product ${ms(productMs.at(-1))} (first byte ${ms(firstByteMs.at(-1))}), pg objects ${ms(objectMs.at(-1))}, pg-cursor arrays ${ms(arrayMs.at(-1))}`,
    );
  }
  const shape = `${JSON_ROWS / 1000}k rows x 10`;
  return [
    measurement(SQLLAB, `execute/, JSON received and parsed, ${shape}`, 'ms', productMs),
    measurement(SQLLAB, `execute/ time to first byte, ${shape}`, 'ms', firstByteMs),
    measurement(SQLLAB, `floor (pg query, object rows, stock parsing), ${shape}`, 'ms', objectMs),
    measurement(SQLLAB, `floor (pg-cursor, arrays, no parsing), ${shape}`, 'ms', arrayMs),
    pairedRatio(SQLLAB, 'execute/ / pg object rows', productMs, objectMs),
    pairedRatio(SQLLAB, 'execute/ / pg-cursor arrays', productMs, arrayMs),
  ];
}

async function measureCsv(
  context: ScenarioContext,
  product: SqlLabProduct,
  pool: pg.Pool,
): Promise<Measurement[]> {
  const setupMs = await timed(() =>
    executeJson(product, {
      sql: `SELECT * FROM ${SQLLAB_TABLE}`,
      queryLimit: SQLLAB_TABLE_ROWS,
      client_id: EXPORT_CLIENT_ID,
    }),
  );
  context.log(`the run to export (1M rows fetched, 100k shown) took ${ms(setupMs)}`);
  const throughput = (read: { rows: number; bytes: number }, totalMs: number) => ({
    rowsPerSecond: read.rows / (totalMs / 1000),
    megabytesPerSecond: read.bytes / 1e6 / (totalMs / 1000),
  });
  const floorRun = async (read: (pool: pg.Pool, sql: string) => Promise<FloorRead>) => {
    const started = performance.now();
    const result = await read(pool, EXPORT_FLOOR_SQL);
    const totalMs = performance.now() - started;
    expectRows('the driver', result.rows, SQLLAB_TABLE_ROWS);
    return { ...throughput(result, totalMs), bytes: result.bytes };
  };
  const productRun = async () => {
    const result = await exportCsv(product);
    return { ...throughput(result, result.totalMs), ...result };
  };
  await productRun();
  await floorRun(copyCsvToNode);
  await floorRun(exportCsvWithCursor);

  const productRows: number[] = [];
  const productMb: number[] = [];
  const firstByteMs: number[] = [];
  const copyRows: number[] = [];
  const copyMb: number[] = [];
  const cursorRows: number[] = [];
  const count = sqlLabSampleCounts(context.quick).csv;
  for (let index = 0; index < count; index++) {
    const productFirst = index % 2 === 0;
    const recordProduct = async () => {
      const run = await productRun();
      productRows.push(run.rowsPerSecond);
      productMb.push(run.megabytesPerSecond);
      firstByteMs.push(run.firstByteMs);
    };
    if (productFirst) await recordProduct();
    const copy = await floorRun(copyCsvToNode);
    copyRows.push(copy.rowsPerSecond);
    copyMb.push(copy.megabytesPerSecond);
    cursorRows.push((await floorRun(exportCsvWithCursor)).rowsPerSecond);
    if (!productFirst) await recordProduct();
    context.log(
      `CSV export 1M ${index + 1}/${count}: product ${kRows(productRows.at(-1))} (${mb(productMb.at(-1))}), ` +
        `COPY ${kRows(copyRows.at(-1))} (${mb(copyMb.at(-1))}), pg-cursor CSV ${kRows(cursorRows.at(-1))}`,
    );
  }
  const shape = `${SQLLAB_TABLE_ROWS / 1e6}M rows x 10`;
  return [
    measurement(SQLLAB, `export/ CSV streamed, ${shape}`, 'rows/s', productRows),
    measurement(SQLLAB, `export/ CSV streamed, ${shape}`, 'MB/s', productMb),
    measurement(SQLLAB, `export/ CSV time to first byte, ${shape}`, 'ms', firstByteMs),
    measurement(SQLLAB, `floor (COPY CSV into Node, no decoding), ${shape}`, 'rows/s', copyRows),
    measurement(SQLLAB, `floor (COPY CSV into Node, no decoding), ${shape}`, 'MB/s', copyMb),
    measurement(SQLLAB, `floor (pg-cursor + CSV in process), ${shape}`, 'rows/s', cursorRows),
    pairedRatio(SQLLAB, 'export/ rows/s / COPY rows/s', productRows, copyRows, {
      limit: 0.9,
      direction: 'higher-is-better',
      ratio: 'R4',
    }),
    pairedRatio(SQLLAB, 'export/ rows/s / pg-cursor CSV rows/s', productRows, cursorRows),
  ];
}

/**
 * SQL Lab against the raw driver on one 1M-row x 10-column PostgreSQL table: the server's
 * overhead on a 100,000-row JSON run (POST execute/ received and parsed, against pg reading
 * the same rows) and the CSV export of all 1,000,000 rows (GET export/, against COPY into
 * Node and against pg-cursor formatting CSV in process), alternated round by round.
 */
export async function measureSqlLab(context: ScenarioContext): Promise<Measurement[]> {
  await context.product();
  const pool = new pg.Pool({ connectionString: POSTGRES_URI, max: 1 });
  let product: SqlLabProduct | undefined;
  try {
    const startedAt = performance.now();
    const isBuilt = await ensureSqlLabTable(pool);
    context.log(
      isBuilt
        ? `built ${SQLLAB_TABLE} (${SQLLAB_TABLE_ROWS} rows) in ${ms(performance.now() - startedAt)}`
        : `reusing ${SQLLAB_TABLE} (${SQLLAB_TABLE_ROWS} rows)`,
    );
    product = await startSqlLabProduct(POSTGRES_URI, context.log);
    return [
      ...(await measureJson(context, product, pool)),
      ...(await measureCsv(context, product, pool)),
    ];
  } finally {
    await product?.dispose();
    closeConnections();
    await pool.end();
  }
}

function ms(value: number | undefined): string {
  return value === undefined ? '?' : `${value.toFixed(0)} ms`;
}

function kRows(value: number | undefined): string {
  return value === undefined ? '?' : `${(value / 1000).toFixed(0)}k rows/s`;
}

function mb(value: number | undefined): string {
  return value === undefined ? '?' : `${value.toFixed(1)} MB/s`;
}
