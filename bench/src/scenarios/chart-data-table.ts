import { performance } from 'node:perf_hooks';
import type pg from 'pg';

/** The schema and fact table the chart data scenarios read; dedicated to the benchmark. */
export const CHART_SCHEMA = 'bench_chart';
export const CHART_TABLE = 'trips';

/** Where a trips table lives and how many rows it has. */
export interface TripsTable {
  readonly schema: string;
  readonly rows: number;
}

/** Rows of the fact table (the issue asks for 10 million). */
export const CHART_TABLE_ROWS = 10_000_000;

/** The benchmark's table: `bench_chart.trips`, 10 million rows. */
export const CHART_TRIPS: TripsTable = { schema: CHART_SCHEMA, rows: CHART_TABLE_ROWS };

function qualified(table: TripsTable): string {
  return `${table.schema}.${CHART_TABLE}`;
}

/**
 * Written as the table's comment once it is complete; a table without it (an interrupted
 * build, or an older definition) is built again. Change it whenever the SQL below changes.
 */
export const CHART_TABLE_VERSION = 'superset-ts bench chart data, trips v1';

/**
 * The design's portable 31-bit mixing hash (performance.md §5.1), one expression so the
 * planner inlines it: the same `g` and `k` always give the same value, on every machine.
 */
export const hashFunctionSql = (
  schema: string,
): string => `CREATE OR REPLACE FUNCTION ${schema}.bh(g bigint, k bigint) RETURNS bigint
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
$$ SELECT (((((g * (2654435761 + 2 * k)) % 2147483648) # (((g * (2654435761 + 2 * k)) % 2147483648) >> 13)) * 1274126177) % 2147483648) # ((((((g * (2654435761 + 2 * k)) % 2147483648) # (((g * (2654435761 + 2 * k)) % 2147483648) >> 13)) * 1274126177) % 2147483648) >> 16) $$`;

/**
 * The design's "trips" fact table (performance.md §5.1) in one server-side statement:
 * `rows` trips evenly spread over 2023-01-01 .. 2024-12-30 in trip_id order, a skewed
 * rider_id, three vendors, 263 zones, five payment types and numeric(10,2) money columns,
 * every value derived from the row number by the hash. UNLOGGED: a benchmark table needs
 * no crash safety, and skipping the WAL shortens the build; reads are the same.
 */
export function createTripsSql(table: TripsTable): string {
  const { schema, rows } = table;
  const h = (key: number) => `h${key}`;
  const fare = `(3.00 + dist * 1.75)`;
  const tip = `CASE WHEN ${h(7)} % 5 = 1 THEN round((${fare} * (${h(15)} % 25) / 100)::numeric, 2) ELSE 0 END`;
  const hashes = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 15]
    .map((key) => `${schema}.bh(g, ${key}) AS ${h(key)}`)
    .join(', ');
  // OFFSET 0 keeps the inner query from being flattened, so each hash is computed once per row.
  return `CREATE UNLOGGED TABLE ${qualified(table)} AS
SELECT g AS trip_id,
  ts AS pickup_ts,
  ts + ((120 + ${h(9)} % 3480) * interval '1 second') AS dropoff_ts,
  (1 + ((${h(3)} % 100000) * (${h(3)} % 100000)) / 100000)::integer AS rider_id,
  (1 + ${h(4)} % 20000)::integer AS driver_id,
  (ARRAY['A','B','C'])[1 + ${h(10)} % 3] AS vendor,
  (${h(5)} % 263)::smallint AS pickup_zone,
  (${h(6)} % 263)::smallint AS dropoff_zone,
  (${h(7)} % 5)::smallint AS payment_type,
  (1 + ${h(8)} % 6)::smallint AS passenger_count,
  dist::double precision AS distance_km,
  round(${fare}::numeric, 2)::numeric(10,2) AS fare_amount,
  (${tip})::numeric(10,2) AS tip_amount,
  (round((4.00 + dist * 1.75)::numeric, 2) + ${tip})::numeric(10,2) AS total_amount
FROM (SELECT g, ${h(3)}, ${h(4)}, ${h(5)}, ${h(6)}, ${h(7)}, ${h(8)}, ${h(9)}, ${h(10)}, ${h(15)},
        timestamp '2023-01-01' + (((g - 1) * 63072000 / ${rows}) + ${h(1)} % 6) * interval '1 second' AS ts,
        0.5 + (${h(2)} % 30000) / 1000.0 AS dist
      FROM (SELECT g, ${hashes} FROM generate_series(1, ${rows}::bigint) AS g OFFSET 0) AS hashed
     ) AS s`;
}

/** The statements after the load: keys and the time index, all in the build's transaction. */
export function indexSql(table: TripsTable): string[] {
  return [
    `ALTER TABLE ${qualified(table)} ADD PRIMARY KEY (trip_id)`,
    `CREATE INDEX trips_pickup_ts ON ${qualified(table)} (pickup_ts)`,
  ];
}

/** How long each step of a build took, for the log and the docs. */
export interface TableBuild {
  readonly built: boolean;
  readonly loadMs: number;
  readonly indexMs: number;
  readonly vacuumMs: number;
  readonly totalMs: number;
}

async function isTableReady(client: pg.PoolClient, table: TripsTable): Promise<boolean> {
  const found = await client.query<{ comment: string | null }>(
    `SELECT obj_description(to_regclass($1), 'pg_class') AS comment`,
    [qualified(table)],
  );
  if (found.rows[0]?.comment !== tableComment(table.rows)) return false;
  const counted = await client.query<{ n: string }>(
    `SELECT count(*) AS n FROM ${qualified(table)}`,
  );
  return Number(counted.rows[0]?.n) === table.rows;
}

/** The comment a complete table of `rows` rows carries. */
export function tableComment(rows: number): string {
  return `${CHART_TABLE_VERSION}, ${rows} rows`;
}

async function timed(work: () => Promise<unknown>): Promise<number> {
  const startedAt = performance.now();
  await work();
  return performance.now() - startedAt;
}

/**
 * Makes sure the fact table exists with all its rows: reused when its comment and its
 * count are right, else built server-side with `generate_series` (no row leaves the
 * server), indexed, then `VACUUM (FREEZE, ANALYZE)` so timings do not drift while hint
 * bits get set. Returns how long each step took (all zero when reused).
 */
export async function ensureTripsTable(
  pool: pg.Pool,
  table: TripsTable = CHART_TRIPS,
): Promise<TableBuild> {
  const client = await pool.connect();
  try {
    if (await isTableReady(client, table)) {
      return { built: false, loadMs: 0, indexMs: 0, vacuumMs: 0, totalMs: 0 };
    }
    const startedAt = performance.now();
    await client.query('BEGIN');
    await client.query(`CREATE SCHEMA IF NOT EXISTS ${table.schema}`);
    await client.query(`DROP TABLE IF EXISTS ${qualified(table)}`);
    await client.query(hashFunctionSql(table.schema));
    // The build is one long statement: no time limit a session default might impose.
    await client.query('SET LOCAL statement_timeout = 0');
    const loadMs = await timed(() => client.query(createTripsSql(table)));
    const indexMs = await timed(async () => {
      for (const sql of indexSql(table)) await client.query(sql);
    });
    await client.query(`COMMENT ON TABLE ${qualified(table)} IS '${tableComment(table.rows)}'`);
    await client.query('COMMIT');
    const vacuumMs = await timed(() =>
      client.query(`VACUUM (FREEZE, ANALYZE) ${qualified(table)}`),
    );
    return { built: true, loadMs, indexMs, vacuumMs, totalMs: performance.now() - startedAt };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
