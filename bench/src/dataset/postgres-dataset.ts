import { performance } from 'node:perf_hooks';
import type pg from 'pg';
import {
  createDimRiderSql,
  createTripsSql,
  hashFunctionSql,
  indexSql,
  tableComment,
} from '../scenarios/chart-data-table.js';
import type { BenchDataset } from './dataset-contract.js';
import {
  DATASET_GENERATOR_VERSION,
  DIM_RIDER_TABLE,
  MARKER_TABLE,
  TRIPS_TABLE,
} from './dataset-contract.js';

/**
 * The benchmark dataset (performance.md §5.1) in PostgreSQL: `trips` and `dim_rider` of one
 * size in one schema, generated server-side (no row leaves the server) by the SQL of
 * chart-data-table.ts, and recorded in the schema's marker table once complete.
 */

/** Where the dataset goes and how big it is (a BenchDataset, or a test's small one). */
export type PostgresDatasetTarget = Pick<BenchDataset, 'schema' | 'tripsRows' | 'riderRows'>;

/** What became of one table: reused, adopted from the former comment check, or built. */
export type TableOutcome = 'reused' | 'adopted' | 'built';

/** How one table was made ready, and how long each step of a build took (zero otherwise). */
export interface TableBuild {
  readonly outcome: TableOutcome;
  readonly loadMs: number;
  readonly indexMs: number;
  readonly vacuumMs: number;
  readonly totalMs: number;
}

/** Both tables of a dataset. */
export interface PostgresDatasetBuild {
  readonly trips: TableBuild;
  readonly dimRider: TableBuild;
}

const UNCHANGED = { loadMs: 0, indexMs: 0, vacuumMs: 0, totalMs: 0 } as const;

function markerTableSql(schema: string): string {
  return `CREATE TABLE IF NOT EXISTS ${schema}.${MARKER_TABLE} (
  table_name        text   PRIMARY KEY,
  generator_version text   NOT NULL,
  row_count         bigint NOT NULL)`;
}

async function writeMarker(client: pg.ClientBase, schema: string, table: string, rows: number) {
  await client.query(
    `INSERT INTO ${schema}.${MARKER_TABLE} (table_name, generator_version, row_count)
     VALUES ($1, $2, $3)
     ON CONFLICT (table_name) DO UPDATE
       SET generator_version = EXCLUDED.generator_version, row_count = EXCLUDED.row_count`,
    [table, DATASET_GENERATOR_VERSION, rows],
  );
}

/**
 * Whether `table` is complete: its marker row names this generator and `rows`, and its
 * highest key is `rows` (a look at the primary key, not a count of 10M rows).
 */
async function isComplete(
  client: pg.ClientBase,
  schema: string,
  table: string,
  key: string,
  rows: number,
): Promise<boolean> {
  const marker = await client.query<{ generator_version: string; row_count: string }>(
    `SELECT generator_version, row_count FROM ${schema}.${MARKER_TABLE} WHERE table_name = $1`,
    [table],
  );
  const row = marker.rows[0];
  if (row?.generator_version !== DATASET_GENERATOR_VERSION || Number(row.row_count) !== rows) {
    return false;
  }
  if (!(await exists(client, `${schema}.${table}`))) return false;
  const highest = await client.query<{ n: string | null }>(
    `SELECT max(${key}) AS n FROM ${schema}.${table}`,
  );
  return Number(highest.rows[0]?.n) === rows;
}

async function exists(client: pg.ClientBase, qualifiedName: string): Promise<boolean> {
  const found = await client.query<{ oid: string | null }>('SELECT to_regclass($1) AS oid', [
    qualifiedName,
  ]);
  return found.rows[0]?.oid !== null && found.rows[0]?.oid !== undefined;
}

/**
 * A trips table of the former readiness check: its comment says complete and its count is
 * right. Other runs may be reading it, so it is kept and only given its marker row.
 */
async function isFormerlyComplete(
  client: pg.ClientBase,
  schema: string,
  rows: number,
): Promise<boolean> {
  const qualifiedName = `${schema}.${TRIPS_TABLE}`;
  if (!(await exists(client, qualifiedName))) return false;
  const found = await client.query<{ comment: string | null }>(
    `SELECT obj_description(to_regclass($1), 'pg_class') AS comment`,
    [qualifiedName],
  );
  if (found.rows[0]?.comment !== tableComment(rows)) return false;
  const counted = await client.query<{ n: string }>(`SELECT count(*) AS n FROM ${qualifiedName}`);
  return Number(counted.rows[0]?.n) === rows;
}

async function timed(work: () => Promise<unknown>): Promise<number> {
  const startedAt = performance.now();
  await work();
  return performance.now() - startedAt;
}

/**
 * Builds one table in one transaction: its marker row is dropped first and written last, so
 * an interrupted build is never taken for a complete one; then VACUUM (FREEZE, ANALYZE),
 * so timings do not drift while hint bits get set.
 */
async function build(
  client: pg.ClientBase,
  schema: string,
  table: string,
  statements: { load: string; index: readonly string[] },
  rows: number,
): Promise<TableBuild> {
  const startedAt = performance.now();
  await client.query('BEGIN');
  try {
    await client.query(`DELETE FROM ${schema}.${MARKER_TABLE} WHERE table_name = $1`, [table]);
    await client.query(`DROP TABLE IF EXISTS ${schema}.${table}`);
    // The load is one long statement: no time limit a session default might impose.
    await client.query('SET LOCAL statement_timeout = 0');
    const loadMs = await timed(() => client.query(statements.load));
    const indexMs = await timed(async () => {
      for (const sql of statements.index) await client.query(sql);
    });
    await writeMarker(client, schema, table, rows);
    await client.query('COMMIT');
    const vacuumMs = await timed(() => client.query(`VACUUM (FREEZE, ANALYZE) ${schema}.${table}`));
    return {
      outcome: 'built',
      loadMs,
      indexMs,
      vacuumMs,
      totalMs: performance.now() - startedAt,
    };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}

async function ensureTrips(client: pg.ClientBase, target: PostgresDatasetTarget) {
  const { schema, tripsRows: rows } = target;
  if (await isComplete(client, schema, TRIPS_TABLE, 'trip_id', rows)) {
    return { outcome: 'reused', ...UNCHANGED } as const;
  }
  if (await isFormerlyComplete(client, schema, rows)) {
    await writeMarker(client, schema, TRIPS_TABLE, rows);
    return { outcome: 'adopted', ...UNCHANGED } as const;
  }
  const table = { schema, rows };
  return build(
    client,
    schema,
    TRIPS_TABLE,
    { load: createTripsSql(table), index: indexSql(table) },
    rows,
  );
}

async function ensureDimRider(client: pg.ClientBase, target: PostgresDatasetTarget) {
  const { schema, riderRows: rows } = target;
  if (await isComplete(client, schema, DIM_RIDER_TABLE, 'rider_id', rows)) {
    return { outcome: 'reused', ...UNCHANGED } as const;
  }
  return build(
    client,
    schema,
    DIM_RIDER_TABLE,
    { load: createDimRiderSql(schema, rows), index: [] },
    rows,
  );
}

/**
 * Makes sure `target.schema` holds both tables with all their rows: each is reused when its
 * marker row and its highest key are right (a trips table of the former comment check is
 * adopted), else built again. Concurrent runs wait on an advisory lock of the schema, so
 * only one of them builds and the others then reuse.
 */
export async function ensurePostgresDataset(
  pool: pg.Pool,
  target: PostgresDatasetTarget,
): Promise<PostgresDatasetBuild> {
  const client = await pool.connect();
  const lockKey = `superset-ts bench dataset ${target.schema}`;
  try {
    await client.query('SELECT pg_advisory_lock(hashtext($1))', [lockKey]);
    try {
      await client.query(`CREATE SCHEMA IF NOT EXISTS ${target.schema}`);
      await client.query(markerTableSql(target.schema));
      await client.query(hashFunctionSql(target.schema));
      const trips = await ensureTrips(client, target);
      const dimRider = await ensureDimRider(client, target);
      return { trips, dimRider };
    } finally {
      await client.query('SELECT pg_advisory_unlock(hashtext($1))', [lockKey]);
    }
  } finally {
    client.release();
  }
}

/** One line for the log: what each table of the dataset became, and how long a build took. */
export function describeBuild(target: PostgresDatasetTarget, built: PostgresDatasetBuild): string {
  const part = (table: string, rows: number, outcome: TableBuild) =>
    `${table} (${rows.toLocaleString('en')} rows) ${outcome.outcome}` +
    (outcome.outcome === 'built'
      ? ` in ${seconds(outcome.totalMs)} (load ${seconds(outcome.loadMs)}, keys and index ` +
        `${seconds(outcome.indexMs)}, vacuum ${seconds(outcome.vacuumMs)})`
      : '');
  return `${target.schema}: ${part(TRIPS_TABLE, target.tripsRows, built.trips)}, ${part(DIM_RIDER_TABLE, target.riderRows, built.dimRider)}`;
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}
