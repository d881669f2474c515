import { performance } from 'node:perf_hooks';
import type { Pool, PoolConnection, RowDataPacket } from 'mysql2/promise';
import type { BenchDataset } from './dataset-contract.js';
import {
  DATASET_GENERATOR_VERSION,
  DIM_RIDER_TABLE,
  MARKER_TABLE,
  TRIPS_TABLE,
} from './dataset-contract.js';

/**
 * The benchmark dataset (performance.md §5.1) generated inside MariaDB, row for row the one
 * PostgreSQL holds (`createTripsSql` and `createDimRiderSql` in chart-data-table.ts): the
 * same hash, the same integer and decimal arithmetic, only the dialect differs. MariaDB's
 * `^` is PostgreSQL's `#`, `DIV` its bigint `/`, `ELT` its array index, DATETIME its
 * timestamp, DECIMAL(10,2) its numeric(10,2). Text columns are VARCHAR: a TEXT column in a
 * GROUP BY sends MariaDB's temporary tables to disk, which would time the engine's
 * limitation instead of the product.
 */

/** Rows per INSERT ... SELECT: one undo log of this many rows at a time, not of 10 million. */
export const TRIPS_CHUNK_ROWS = 1_000_000;

/**
 * The design's portable 31-bit mixing hash `bh(x, k)` as one inline expression, with the
 * multiplier `2654435761 + 2k` folded. A stored function `bh(g, k)` gives the same rows but
 * MariaDB calls it per row and value: measured here, 100k trips took 7.5 s with it and
 * 0.8 s inline (10M trips: 82 s inline). Every intermediate stays below 2^63, so MariaDB's
 * BIGINT arithmetic gives PostgreSQL's bigint values.
 */
export function bhSql(x: string, key: number): string {
  const a = `((${x} * ${2654435761 + 2 * key}) % 2147483648)`;
  const b = `(((${a} ^ (${a} >> 13)) * 1274126177) % 2147483648)`;
  return `(${b} ^ (${b} >> 16))`;
}

function qualified(database: string, table: string): string {
  return `\`${database}\`.\`${table}\``;
}

/** The trips table, keys included: loading in trip_id order appends to both indexes. */
export function createTripsTableSql(database: string): string {
  return `CREATE TABLE ${qualified(database, TRIPS_TABLE)} (
  trip_id         BIGINT        NOT NULL,
  pickup_ts       DATETIME      NOT NULL,
  dropoff_ts      DATETIME      NOT NULL,
  rider_id        INT           NOT NULL,
  driver_id       INT           NOT NULL,
  vendor          VARCHAR(8)    NOT NULL,
  pickup_zone     SMALLINT      NOT NULL,
  dropoff_zone    SMALLINT      NOT NULL,
  payment_type    SMALLINT      NOT NULL,
  passenger_count SMALLINT      NOT NULL,
  distance_km     DOUBLE        NOT NULL,
  fare_amount     DECIMAL(10,2) NOT NULL,
  tip_amount      DECIMAL(10,2) NOT NULL,
  total_amount    DECIMAL(10,2) NOT NULL,
  PRIMARY KEY (trip_id),
  KEY trips_pickup_ts (pickup_ts)
) ENGINE=InnoDB`;
}

/** What one INSERT ... SELECT fills: trips `from`..`to` of a table of `rows` trips. */
export interface TripsChunk {
  readonly database: string;
  readonly rows: number;
  readonly from: number;
  readonly to: number;
}

/**
 * Trips `from`..`to` from the Sequence engine (`seq_<from>_to_<to>`), mirroring
 * `createTripsSql`: `dist` stays DECIMAL (PostgreSQL's numeric) until it is stored, so
 * fares round the same way (half away from zero on exact decimals on both engines).
 */
export function insertTripsSql(chunk: TripsChunk): string {
  const { database, rows, from, to } = chunk;
  const h = (key: number) => bhSql('seq', key);
  const ts = `(TIMESTAMP'2023-01-01 00:00:00' + INTERVAL ((((seq - 1) * 63072000) DIV ${rows}) + ${h(1)} % 6) SECOND)`;
  const dist = `(0.5 + (${h(2)} % 30000) / 1000.0)`;
  const fare = `(3.00 + ${dist} * 1.75)`;
  const tip = `CASE WHEN ${h(7)} % 5 = 1 THEN ROUND(${fare} * (${h(15)} % 25) / 100, 2) ELSE 0 END`;
  return `INSERT INTO ${qualified(database, TRIPS_TABLE)}
SELECT seq,
  ${ts},
  ${ts} + INTERVAL (120 + ${h(9)} % 3480) SECOND,
  1 + ((${h(3)} % 100000) * (${h(3)} % 100000)) DIV 100000,
  1 + ${h(4)} % 20000,
  ELT(1 + ${h(10)} % 3, 'A', 'B', 'C'),
  ${h(5)} % 263,
  ${h(6)} % 263,
  ${h(7)} % 5,
  1 + ${h(8)} % 6,
  CAST(${dist} AS DOUBLE),
  ROUND(${fare}, 2),
  ${tip},
  ROUND(4.00 + ${dist} * 1.75, 2) + ${tip}
FROM seq_${from}_to_${to}`;
}

/** The rider dimension (performance.md §5.1). */
export function createDimRiderTableSql(database: string): string {
  return `CREATE TABLE ${qualified(database, DIM_RIDER_TABLE)} (
  rider_id    INT         NOT NULL,
  city        VARCHAR(16) NOT NULL,
  segment     VARCHAR(16) NOT NULL,
  signup_date DATE        NOT NULL,
  is_premium  BOOLEAN     NOT NULL,
  PRIMARY KEY (rider_id)
) ENGINE=InnoDB`;
}

/** Riders 1..`rows`, mirroring PostgreSQL's `createDimRiderSql`. */
export function insertDimRiderSql(database: string, rows: number): string {
  const h = (key: number) => bhSql('seq', key);
  return `INSERT INTO ${qualified(database, DIM_RIDER_TABLE)}
SELECT seq,
  CONCAT('city_', LPAD(${h(11)} % 50, 2, '0')),
  ELT(1 + ${h(12)} % 5, 'consumer', 'business', 'student', 'senior', 'other'),
  DATE'2018-01-01' + INTERVAL (${h(13)} % 2190) DAY,
  ${h(14)} % 10 = 0
FROM seq_1_to_${rows}`;
}

/** How long a run waits for another run's build of the same database (10M trips: ~1.5 min). */
const BUILD_LOCK_WAIT_SECONDS = 900;

/** Thrown when a table cannot be built with the rows asked for. */
export class MariaDbDatasetError extends Error {
  override readonly name = 'MariaDbDatasetError';
}

/** How long a build took, per table; zero for a table that was reused. */
export interface MariaDbBuild {
  readonly tripsBuilt: boolean;
  readonly riderBuilt: boolean;
  readonly tripsMs: number;
  readonly riderMs: number;
  readonly analyzeMs: number;
}

function markerSql(database: string): string {
  return `CREATE TABLE IF NOT EXISTS ${qualified(database, MARKER_TABLE)} (
  table_name        VARCHAR(64)  NOT NULL PRIMARY KEY,
  generator_version VARCHAR(200) NOT NULL,
  row_count         BIGINT       NOT NULL
) ENGINE=InnoDB`;
}

/**
 * Whether `table` is complete: its marker row names this generator and `rows`, and its
 * highest key is `rows` (a cheap look at the primary key, not a count of 10M rows).
 */
async function isComplete(
  connection: PoolConnection,
  database: string,
  table: string,
  key: string,
  rows: number,
): Promise<boolean> {
  const [markers] = await connection.query<RowDataPacket[]>(
    `SELECT generator_version, row_count FROM ${qualified(database, MARKER_TABLE)} WHERE table_name = ?`,
    [table],
  );
  const marker = markers[0];
  if (
    marker?.generator_version !== DATASET_GENERATOR_VERSION ||
    Number(marker.row_count) !== rows
  ) {
    return false;
  }
  const [found] = await connection.query<RowDataPacket[]>(
    `SELECT COUNT(*) AS n FROM information_schema.TABLES WHERE TABLE_SCHEMA = ? AND TABLE_NAME = ?`,
    [database, table],
  );
  if (Number(found[0]?.n) !== 1) return false;
  const [max] = await connection.query<RowDataPacket[]>(
    `SELECT MAX(${key}) AS top FROM ${qualified(database, table)}`,
  );
  return Number(max[0]?.top) === rows;
}

async function writeMarker(
  connection: PoolConnection,
  database: string,
  table: string,
  rows: number,
): Promise<void> {
  await connection.query(
    `REPLACE INTO ${qualified(database, MARKER_TABLE)} (table_name, generator_version, row_count) VALUES (?, ?, ?)`,
    [table, DATASET_GENERATOR_VERSION, rows],
  );
}

async function timed(work: () => Promise<unknown>): Promise<number> {
  const startedAt = performance.now();
  await work();
  return performance.now() - startedAt;
}

/** Drops a table and its marker row: an interrupted build is never taken for a complete one. */
async function dropTable(connection: PoolConnection, database: string, table: string) {
  await connection.query(`DELETE FROM ${qualified(database, MARKER_TABLE)} WHERE table_name = ?`, [
    table,
  ]);
  await connection.query(`DROP TABLE IF EXISTS ${qualified(database, table)}`);
}

async function buildTrips(
  connection: PoolConnection,
  database: string,
  rows: number,
  log: (message: string) => void,
): Promise<void> {
  await dropTable(connection, database, TRIPS_TABLE);
  await connection.query(createTripsTableSql(database));
  for (let from = 1; from <= rows; from += TRIPS_CHUNK_ROWS) {
    const to = Math.min(rows, from + TRIPS_CHUNK_ROWS - 1);
    const ms = await timed(() => connection.query(insertTripsSql({ database, rows, from, to })));
    if (rows > TRIPS_CHUNK_ROWS) log(`trips ${from}..${to} in ${(ms / 1000).toFixed(1)} s`);
  }
  await writeMarker(connection, database, TRIPS_TABLE, rows);
}

async function buildDimRider(connection: PoolConnection, database: string, rows: number) {
  await dropTable(connection, database, DIM_RIDER_TABLE);
  await connection.query(createDimRiderTableSql(database));
  await connection.query(insertDimRiderSql(database, rows));
  await writeMarker(connection, database, DIM_RIDER_TABLE, rows);
}

/**
 * Makes sure the database `dataset.schema` holds both tables with all their rows: each is
 * reused when its marker row and its highest key are right, else dropped and generated
 * server-side under a named lock (no row leaves the server), trips in chunks of TRIPS_CHUNK_ROWS with each
 * chunk committed on its own (autocommit), then ANALYZE TABLE for the optimizer.
 */
export async function ensureMariaDbDataset(
  pool: Pool,
  dataset: Pick<BenchDataset, 'schema' | 'tripsRows' | 'riderRows'>,
  log: (message: string) => void = () => undefined,
): Promise<MariaDbBuild> {
  const { schema: database, tripsRows, riderRows } = dataset;
  if (!Number.isInteger(tripsRows) || tripsRows < 1 || !Number.isInteger(riderRows)) {
    throw new MariaDbDatasetError(`cannot generate ${tripsRows} trips and ${riderRows} riders`);
  }
  const connection = await pool.getConnection();
  const lockName = `superset-ts bench dataset ${database}`;
  try {
    // Concurrent runs wait here, so only one of them builds and the others then reuse.
    const [locked] = await connection.query<RowDataPacket[]>('SELECT GET_LOCK(?, ?) AS got', [
      lockName,
      BUILD_LOCK_WAIT_SECONDS,
    ]);
    if (Number(locked[0]?.got) !== 1) {
      throw new MariaDbDatasetError(`another run held the build lock of ${database} too long`);
    }
    await connection.query(`CREATE DATABASE IF NOT EXISTS \`${database}\``);
    // The generators read the Sequence engine's seq_1_to_N, which needs a current database.
    await connection.query(`USE \`${database}\``);
    await connection.query(markerSql(database));
    const tripsBuilt = !(await isComplete(connection, database, TRIPS_TABLE, 'trip_id', tripsRows));
    const riderBuilt = !(await isComplete(
      connection,
      database,
      DIM_RIDER_TABLE,
      'rider_id',
      riderRows,
    ));
    const tripsMs = tripsBuilt
      ? await timed(() => buildTrips(connection, database, tripsRows, log))
      : 0;
    const riderMs = riderBuilt
      ? await timed(() => buildDimRider(connection, database, riderRows))
      : 0;
    const analyzeMs =
      tripsBuilt || riderBuilt
        ? await timed(() =>
            connection.query(
              `ANALYZE TABLE ${qualified(database, TRIPS_TABLE)}, ${qualified(database, DIM_RIDER_TABLE)}`,
            ),
          )
        : 0;
    return { tripsBuilt, riderBuilt, tripsMs, riderMs, analyzeMs };
  } finally {
    await connection.query('SELECT RELEASE_LOCK(?)', [lockName]).catch(() => undefined);
    connection.release();
  }
}
