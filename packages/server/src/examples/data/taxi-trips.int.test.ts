import pg from 'pg';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ExampleSqlDialect } from '../example-table.js';
import { TAXI_TRIPS } from '../table-schemas.js';
import {
  describeWithServices,
  LIVE_POSTGRES,
} from '../../domains/databases/test-support/live-database-services.js';
import { openEngine, type LiveEngine } from '../../query-engine/test-support/live-engines.js';
import { taxiTrips } from './taxi-trips.js';

const ROWS = 20_000;
const DATABASE = 'superset_examples_h1b';
const TABLE = `taxi_trips_h1b_${process.pid}`;
const table = taxiTrips(ROWS);

/** Aggregates that any difference in a single row would change, as plain strings. */
const CHECKSUM_QUERIES = {
  totals: `SELECT count(*) AS trips,
      CAST(round(sum(fare_amount) * 100) AS BIGINT) AS fare_cents,
      CAST(round(sum(total_amount) * 100) AS BIGINT) AS total_cents,
      CAST(round(sum(trip_distance) * 100) AS BIGINT) AS distance,
      sum(passenger_count) AS passengers,
      sum(trip_id * length(borough || pickup_zone || dropoff_zone || vendor)) AS text_check,
      min(pickup_at) AS first_pickup, max(pickup_at) AS last_pickup, max(dropoff_at) AS last_dropoff
    FROM ${TABLE}`,
  payments: `SELECT payment_type, count(*) FROM ${TABLE} GROUP BY payment_type ORDER BY payment_type`,
  hours: `SELECT CAST(extract(hour FROM pickup_at) AS INTEGER) AS hour, count(*)
    FROM ${TABLE} GROUP BY 1 ORDER BY 1`,
  years: `SELECT CAST(extract(year FROM pickup_at) AS INTEGER) AS year, count(*)
    FROM ${TABLE} GROUP BY 1 ORDER BY 1`,
};

type Checksums = Record<keyof typeof CHECKSUM_QUERIES, string[][]> & { columns: string[] };

function text(cell: unknown): string {
  return cell instanceof Date
    ? cell.toISOString()
    : String(Number.isNaN(Number(cell)) ? cell : Number(cell));
}

async function generate(engine: LiveEngine, dialect: ExampleSqlDialect): Promise<Checksums> {
  await engine.client.execute(`DROP TABLE IF EXISTS ${TABLE}`);
  await engine.client.execute(`CREATE TABLE ${TABLE} AS ${table.selectSql(dialect)}`);
  const sample = await engine.client.execute(`SELECT * FROM ${TABLE} LIMIT 1`);
  const result = { columns: sample.columns.map((column) => column.name) } as Checksums;
  for (const [name, sql] of Object.entries(CHECKSUM_QUERIES)) {
    const { rows } = await engine.client.execute(sql);
    result[name as keyof typeof CHECKSUM_QUERIES] = rows.map((row) => row.map(text));
  }
  await engine.client.execute(`DROP TABLE ${TABLE}`);
  return result;
}

async function ensureDatabase(): Promise<void> {
  const admin = new pg.Client({
    host: LIVE_POSTGRES.host,
    port: LIVE_POSTGRES.port,
    user: 'postgres',
    database: 'postgres',
  });
  await admin.connect();
  try {
    const found = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [DATABASE]);
    if (found.rowCount === 0) await admin.query(`CREATE DATABASE ${DATABASE}`);
  } finally {
    await admin.end();
  }
}

let duckdb: Checksums;

beforeAll(async () => {
  const engine = await openEngine('duckdb:///:memory:');
  try {
    duckdb = await generate(engine, 'duckdb');
  } finally {
    await engine.client.close();
  }
}, 60_000);

describe('taxi_trips generated in DuckDB', () => {
  it('has the schema columns in order and exactly rowCount rows', () => {
    expect(duckdb.columns).toEqual(TAXI_TRIPS.columns.map((column) => column.name));
    expect(duckdb.totals[0]?.[0]).toBe(String(ROWS));
  });

  it('spans 2023 to 2025 with growth, rush hours and mostly card payments', () => {
    const [first, last] = [duckdb.totals[0]?.[6] ?? '', duckdb.totals[0]?.[7] ?? ''];
    expect(first.startsWith('2023-01-0')).toBe(true);
    expect(last.startsWith('2025-12-3')).toBe(true);
    const count = (rows: string[][], key: string) =>
      Number(rows.find((row) => row[0] === key)?.[1]);
    expect(count(duckdb.years, '2025')).toBeGreaterThan(count(duckdb.years, '2023') * 1.2);
    expect(count(duckdb.hours, '18')).toBeGreaterThan(count(duckdb.hours, '4') * 5);
    expect(count(duckdb.payments, 'Credit card')).toBeGreaterThan(ROWS * 0.6);
    expect(duckdb.payments.map((row) => row[0])).toEqual([
      'Cash',
      'Credit card',
      'Dispute',
      'No charge',
    ]);
  });
});

await describeWithServices([LIVE_POSTGRES], 'taxi_trips generated in PostgreSQL', () => {
  let postgres: Checksums;

  beforeAll(async () => {
    await ensureDatabase();
    const engine = await openEngine(`postgresql://postgres@127.0.0.1:5432/${DATABASE}`);
    try {
      postgres = await generate(engine, 'postgresql');
    } finally {
      await engine.client.close();
    }
  }, 120_000);

  it('yields exactly the rows DuckDB yields', () => {
    expect(postgres).toEqual(duckdb);
  });
});
