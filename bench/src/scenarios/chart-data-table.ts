import {
  DIM_RIDER_ROWS,
  DIM_RIDER_TABLE,
  TRIPS_ROWS,
  TRIPS_TABLE,
  datasetSchema,
} from '../dataset/dataset-contract.js';

/**
 * The schema and fact table of the full-size dataset (dataset-contract.ts), which the
 * scenarios other than U and C read; dedicated to the benchmark.
 */
export const CHART_SCHEMA = datasetSchema('full');
export const CHART_TABLE = TRIPS_TABLE;

/** Where a trips table lives and how many rows it has. */
export interface TripsTable {
  readonly schema: string;
  readonly rows: number;
}

/** Rows of the full-size fact table (the issue asks for 10 million). */
export const CHART_TABLE_ROWS = TRIPS_ROWS.full;

/** The benchmark's table: `bench_chart.trips`, 10 million rows. */
export const CHART_TRIPS: TripsTable = { schema: CHART_SCHEMA, rows: CHART_TABLE_ROWS };

function qualified(table: TripsTable): string {
  return `${table.schema}.${CHART_TABLE}`;
}

/**
 * What the former readiness check wrote as the table's comment once the trips were complete
 * (the marker table, dataset-contract.ts, has replaced it): a table still carrying it, with
 * all its rows, is adopted as it is (see postgres-dataset.ts), not built again.
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

/**
 * The design's rider dimension (performance.md §5.1), riders 1..`rows`: a city of 50, one of
 * five segments, a signup date over six years and one rider in ten premium, each from the
 * rider id by the hash (`bh`, see hashFunctionSql, must exist in `schema`). Two statements,
 * as the design writes them: the table with its key, then the rows. UNLOGGED like the trips.
 */
export function createDimRiderSql(schema: string, rows = DIM_RIDER_ROWS): string {
  return `CREATE UNLOGGED TABLE ${schema}.${DIM_RIDER_TABLE} (
  rider_id    integer PRIMARY KEY,
  city        text    NOT NULL,
  segment     text    NOT NULL,
  signup_date date    NOT NULL,
  is_premium  boolean NOT NULL);
INSERT INTO ${schema}.${DIM_RIDER_TABLE}
SELECT r,
       'city_' || lpad((${schema}.bh(r, 11) % 50)::text, 2, '0'),
       (ARRAY['consumer','business','student','senior','other'])[1 + ${schema}.bh(r, 12) % 5],
       date '2018-01-01' + (${schema}.bh(r, 13) % 2190)::int,
       ${schema}.bh(r, 14) % 10 = 0
FROM generate_series(1, ${rows}) AS r`;
}

/** The comment a complete trips table of `rows` rows carried under the former check. */
export function tableComment(rows: number): string {
  return `${CHART_TABLE_VERSION}, ${rows} rows`;
}
