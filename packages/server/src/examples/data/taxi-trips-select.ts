import type { ExampleSqlDialect } from '../example-table.js';
import { TAXI_ZONES } from './reference/taxi-zones.js';

/**
 * The SELECT that generates taxi_trips inside the database. Every value is integer arithmetic
 * on the row number (a portable multiplicative hash, no random() and no engine hash function),
 * so DuckDB and PostgreSQL yield the same rows; amounts are integer cents divided by 100.
 */

/** Pickups per hour of day (0-23), relative, on weekdays: morning and evening rush. */
const WEEKDAY_HOURS = [
  20, 12, 8, 5, 4, 8, 25, 45, 55, 50, 45, 45, 47, 47, 48, 50, 52, 58, 65, 62, 55, 52, 45, 35,
];
/** Pickups per hour on Saturdays and Sundays: late nights, no rush. */
const WEEKEND_HOURS = [
  40, 35, 28, 18, 10, 8, 10, 15, 25, 35, 45, 50, 52, 52, 52, 52, 52, 52, 55, 55, 55, 55, 55, 50,
];
/** How often a drawn day is kept, Monday..Sunday, out of 100 (Fridays busiest, Sundays quiet). */
const KEEP_DAY_PERCENT = [80, 85, 90, 95, 100, 95, 72];
const DAYS = 1096; // 2023-01-01 .. 2025-12-31
const FIRST_DAY = '2023-01-01 00:00:00';
/** 2^31 - 1: hashes are 31-bit, so every product of two stays below 2^63. */
const MASK = 2147483647;
const STREAMS = 10;
/** Row n's streams hash n * STRIDE + 1 .. n * STRIDE + STREAMS. */
const STRIDE = 16;
/** Hour weights are scaled to this many slots, so both day types share one lookup. */
const HOUR_SLOTS = 1000;

interface SqlFlavour {
  series(count: number, column: string): string;
  /** Integer division; powers of two use `>>` instead, which both engines share. */
  div(numerator: string, denominator: number): string;
  addSeconds(seconds: string): string;
  double: string;
  /** Ends each stage so the planner keeps it apart instead of inlining its expressions. */
  fence: string;
}

const FLAVOURS: Record<ExampleSqlDialect, SqlFlavour> = {
  duckdb: {
    series: (count, column) => `range(${count}) AS t(${column})`,
    div: (numerator, denominator) => `(${numerator} // ${denominator})`,
    addSeconds: (seconds) => `TIMESTAMP '${FIRST_DAY}' + to_seconds(${seconds})`,
    double: 'DOUBLE',
    fence: '',
  },
  postgresql: {
    series: (count, column) => `generate_series(CAST(0 AS BIGINT), ${count - 1}) AS t(${column})`,
    div: (numerator, denominator) => `(${numerator} / ${denominator})`,
    addSeconds: (seconds) => `TIMESTAMP '${FIRST_DAY}' + INTERVAL '1 second' * (${seconds})`,
    double: 'DOUBLE PRECISION',
    // Without a fence PostgreSQL inlines every hash round into the next (planning takes ages).
    fence: ' OFFSET 0',
  },
};

/** `CASE` picking an index by cumulative `thresholds` (ascending) for `value`. */
function thresholdIndex(value: string, thresholds: readonly number[]): string {
  const branches = thresholds.map((limit, index) => `WHEN ${value} < ${limit} THEN ${index}`);
  return `CASE ${branches.join(' ')} ELSE ${thresholds.length} END`;
}

function cumulative(weights: readonly number[], scaleTo?: number): number[] {
  const sum = weights.reduce((total, weight) => total + weight, 0);
  let running = 0;
  return weights.slice(0, -1).map((weight) => {
    running += weight;
    return scaleTo === undefined ? running : Math.round((running / sum) * scaleTo);
  });
}

function sqlText(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

function streams(prefix: string, expression: (index: number) => string): string {
  return Array.from(
    { length: STREAMS },
    (_, i) => `${expression(i + 1)} AS ${prefix}${i + 1}`,
  ).join(', ');
}

/**
 * Per row, STREAMS independent 31-bit values: a multiplicative (Weyl) step, then rounds of
 * middle-square (the square's middle bits), which break the streams' linear relation.
 */
function hashStages(sql: SqlFlavour): string {
  const square = (x: string, shift: number, add: string) =>
    `((((${x} * ${x}) >> ${shift}) + ${add}) & ${MASK})`;
  return `
h1 AS (SELECT n, ${streams('a', (k) => `(((n * ${STRIDE} + ${k}) * 2654435761) & ${MASK})`)} FROM trips${sql.fence}),
h2 AS (SELECT n, ${streams('b', (k) => square(`a${k}`, 16, `a${k} * 7 + 12345`))} FROM h1${sql.fence}),
h3 AS (SELECT n, ${streams('c', (k) => square(`b${k}`, 15, `b${k}`))} FROM h2${sql.fence}),
h4 AS (SELECT n, ${streams('u', (k) => square(`c${k}`, 16, `c${k} * 3`))} FROM h3${sql.fence})`;
}

/** A day drawn with yearly growth: 30% of draws keep the later of two uniform days. */
function grownDay(u: string): string {
  const first = `((${u} >> 4) % ${DAYS})`;
  const second = `((${u} >> 15) % ${DAYS})`;
  return `CASE WHEN ${u} % 10 < 3 THEN greatest(${first}, ${second}) ELSE ${first} END`;
}

function keepPercent(day: string): string {
  // Day 0 is a Sunday; (day + 6) % 7 is 0 on Mondays.
  const cases = KEEP_DAY_PERCENT.map((percent, dow) => `WHEN ${dow} THEN ${percent}`).join(' ');
  return `CASE (${day} + 6) % 7 ${cases} END`;
}

function zoneValues(): string {
  return TAXI_ZONES.map(
    (zone, index) =>
      `(${index}, ${sqlText(zone.zone)}, ${sqlText(zone.borough)}, ${zone.isAirport ? 1 : 0})`,
  ).join(',\n  ');
}

/** Lookup tables: weighted draws become equi-joins instead of long CASEs on every row. */
function lookupTables(sql: SqlFlavour, zoneTotal: number): string {
  const zoneThresholds = cumulative(TAXI_ZONES.map((zone) => zone.weight));
  return `zones(idx, zone, borough, is_airport) AS (VALUES
  ${zoneValues()}
),
zone_draw AS (
  SELECT k, ${thresholdIndex('k', zoneThresholds)} AS idx FROM ${sql.series(zoneTotal, 'k')}
),
hour_draw AS (
  SELECT k, ${thresholdIndex('k', cumulative(WEEKDAY_HOURS, HOUR_SLOTS))} AS weekday_hour,
    ${thresholdIndex('k', cumulative(WEEKEND_HOURS, HOUR_SLOTS))} AS weekend_hour
  FROM ${sql.series(HOUR_SLOTS, 'k')}
)`;
}

/** The SELECT yielding `rowCount` taxi trips in TAXI_TRIPS' column order. */
export function taxiTripsSelect(dialect: ExampleSqlDialect, rowCount: number): string {
  const sql = FLAVOURS[dialect];
  const zoneTotal = TAXI_ZONES.reduce((total, zone) => total + zone.weight, 0);
  const cents = (expression: string) => `CAST(${expression} AS ${sql.double}) / 100`;
  const slice = (u: string) => `((${u} >> 7) % 100)`;
  return `WITH ${lookupTables(sql, zoneTotal)},
trips AS (SELECT n FROM ${sql.series(rowCount, 'n')}),${hashStages(sql)},
drawn AS (
  SELECT n, u3, u4, u5, u6, u7, u8, u9, u10, ${grownDay('u1')} AS day_a, ${grownDay('u2')} AS day_b
  FROM h4${sql.fence}
),
dated AS (
  SELECT n, u3, u4, u5, u6, u7, u8, u9, u10,
    CASE WHEN u3 % 100 < ${keepPercent('day_a')} THEN day_a ELSE day_b END AS day
  FROM drawn${sql.fence}
),
routed AS (
  SELECT d.*, (d.day + 6) % 7 < 5 AS is_weekday, zd.idx AS pickup_idx,
    CASE WHEN d.u6 % 100 < 35 THEN (zd.idx + (d.u6 >> 7) % 5) % ${TAXI_ZONES.length}
      ELSE dd.idx END AS dropoff_idx,
    CASE WHEN (d.day + 6) % 7 < 5 THEN hd.weekday_hour ELSE hd.weekend_hour END AS hour
  FROM dated d
  JOIN zone_draw zd ON zd.k = d.u5 % ${zoneTotal}
  JOIN zone_draw dd ON dd.k = (d.u6 >> 7) % ${zoneTotal}
  JOIN hour_draw hd ON hd.k = (d.u3 >> 7) % ${HOUR_SLOTS}${sql.fence}
),
measured AS (
  SELECT r.n, r.u4, r.u7, r.u9, r.u10, r.day, r.hour, r.is_weekday,
    pz.zone AS pickup_zone, pz.borough, dz.zone AS dropoff_zone, pz.is_airport AS pickup_airport,
    pz.borough = 'Manhattan' OR dz.borough = 'Manhattan' AS touches_manhattan,
    (pz.zone = 'JFK Airport' AND dz.borough = 'Manhattan')
      OR (dz.zone = 'JFK Airport' AND pz.borough = 'Manhattan') AS is_jfk_flat,
    CASE
      WHEN r.pickup_idx = r.dropoff_idx THEN 30 + (r.u8 >> 7) % 120
      WHEN pz.is_airport = 1 OR dz.is_airport = 1 THEN 900 + (r.u8 >> 7) % 1300
      WHEN r.u8 % 100 < 60 THEN 40 + (r.u8 >> 7) % 210
      WHEN r.u8 % 100 < 88 THEN 250 + (r.u8 >> 7) % 350
      WHEN r.u8 % 100 < 98 OR pz.borough = dz.borough THEN 600 + (r.u8 >> 7) % 800
      ELSE 1400 + (r.u8 >> 7) % 1600
    END AS distance_hundredths
  FROM routed r
  JOIN zones pz ON pz.idx = r.pickup_idx
  JOIN zones dz ON dz.idx = r.dropoff_idx${sql.fence}
),
driven AS (
  SELECT m.*,
    m.day * 86400 + m.hour * 3600 + m.u4 % 3600 AS pickup_s,
    ${sql.div(
      `m.distance_hundredths * CASE
      WHEN m.is_weekday AND m.hour IN (7, 8, 9, 16, 17, 18, 19) THEN 270
      WHEN m.hour < 6 THEN 150 ELSE 210 END`,
      100,
    )} + 90 + m.u10 % 240 AS duration_s,
    CASE WHEN m.u7 % 100 < 72 THEN 'Credit card' WHEN m.u7 % 100 < 97 THEN 'Cash'
      WHEN m.u7 % 100 < 99 THEN 'No charge' ELSE 'Dispute' END AS payment_type
  FROM measured m${sql.fence}
),
priced AS (
  SELECT d.*,
    CASE WHEN d.is_jfk_flat THEN 7000
      ELSE 300 + ${sql.div('d.distance_hundredths * 350', 100)} + ${sql.div('d.duration_s * 35', 60)}
    END AS fare_cents
  FROM driven d${sql.fence}
),
tipped AS (
  SELECT p.*,
    CASE
      WHEN p.payment_type = 'Credit card' AND ${slice('p.u9')} < 92 THEN ${sql.div(
        `p.fare_cents * CASE WHEN p.u9 % 100 < 10 THEN 10 WHEN p.u9 % 100 < 35 THEN 15
          WHEN p.u9 % 100 < 55 THEN 18 WHEN p.u9 % 100 < 80 THEN 20 WHEN p.u9 % 100 < 90 THEN 22
          WHEN p.u9 % 100 < 97 THEN 25 ELSE 30 END`,
        100,
      )}
      WHEN p.payment_type = 'Cash' AND ${slice('p.u9')} < 5 THEN ${sql.div('p.fare_cents', 10)}
      ELSE 0
    END AS tip_cents,
    150 + CASE WHEN p.touches_manhattan THEN 250 ELSE 0 END
      + CASE WHEN p.pickup_airport = 1 THEN 175 ELSE 0 END AS fee_cents
  FROM priced p
)
SELECT
  n + 1 AS trip_id,
  ${sql.addSeconds('pickup_s')} AS pickup_at,
  ${sql.addSeconds('pickup_s + duration_s')} AS dropoff_at,
  borough,
  pickup_zone,
  dropoff_zone,
  CASE WHEN ((u4 >> 12) % 100) < 62 THEN 'Curb Mobility'
    WHEN ((u4 >> 12) % 100) < 97 THEN 'Creative Mobile Technologies'
    ELSE 'Myle Technologies' END AS vendor,
  payment_type,
  CAST(${thresholdIndex(slice('u7'), cumulative([72, 14, 5, 3, 4, 2]))} + 1 AS INTEGER) AS passenger_count,
  ${cents('distance_hundredths')} AS trip_distance,
  ${cents('fare_cents')} AS fare_amount,
  ${cents('tip_cents')} AS tip_amount,
  ${cents('fare_cents + tip_cents + fee_cents')} AS total_amount
FROM tipped`;
}
