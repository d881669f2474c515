import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { Redis } from 'ioredis';
import type { Pool, RowDataPacket } from 'mysql2/promise';
import type { Measurement } from '../measurement.js';
import { measurement, pairedRatio } from '../measurement.js';
import type { RatioTarget } from '../ratios.js';
import type { ScenarioContext } from '../scenario-types.js';
import type { StartedServer } from '../server-process.js';
import { summarize } from '../stats.js';
import { startServer } from '../server-process.js';
import { floorKey, redisGet, redisHttpFloorServer, storeBlob } from './chart-cache-floors.js';
import { CHART_REDIS_URL } from './chart-data-product.js';
import type { ChartQuery } from './chart-data-queries.js';
import type { PreparedChart } from './chart-answer-check.js';
import { chartDataResult, postChartData } from './chart-data-result.js';
import type { LoadPlan, LoadResult } from './closed-loop.js';
import { runClosedLoop } from './closed-loop.js';
import { withFreshConnections } from './fresh-connections.js';
import { timedRequest } from './http-client.js';
import { runInterleaved, samplesOf } from './interleaved-phases.js';
import type { MariaDbClientTarget } from './mariadb-client-floor.js';
import { mariaDbServerMs } from './mariadb-client-floor.js';
import { measureMariaDbDashboard } from './mariadb-dashboard.js';
import { mariaDbDashboardQueries } from './mariadb-dashboard-queries.js';
import { mariaDbQueries } from './mariadb-queries.js';
import type { MariaDbSession } from './mariadb-session.js';
import { mariaDbDriverPool, openMariaDbSession } from './mariadb-session.js';

/** Scenario id, as in the registry and the results. */
export const MARIADB = 'M';

const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** The `mariadb` client's server: the services' MariaDB, as the session's URI has it. */
const CLIENT_SERVER = { host: '127.0.0.1', port: 3306, user: 'root' } as const;

/**
 * Rounds and the least time of each side's phase in a round: uncached phases send at least
 * one request (a 10M-row query is its own phase), cached ones run for `phaseMs`.
 */
export function mariaDbPlan(quick: boolean): {
  uncachedRounds: number;
  uncachedPhaseMs: number;
  cachedRounds: number;
  cachedPhaseMs: number;
} {
  return quick
    ? { uncachedRounds: 3, uncachedPhaseMs: 300, cachedRounds: 2, cachedPhaseMs: 250 }
    : { uncachedRounds: 5, uncachedPhaseMs: 1000, cachedRounds: 3, cachedPhaseMs: 600 };
}

/**
 * R1 (performance.md §5.7) with MariaDB's floors: +2% for queries of 100 ms and more, +5%
 * below (the design's bound for its 18 ms Q10), judged on the driver's median.
 */
export function mariaDbOverheadTarget(floorMedianMs: number): RatioTarget {
  return { limit: floorMedianMs >= 100 ? 1.02 : 1.05, direction: 'lower-is-better', ratio: 'R1' };
}

/** R2 (performance.md §5.7): within 1.2x of the Redis GET + node:http floor at one client. */
const CACHED_TARGET: RatioTarget = { limit: 1.2, direction: 'lower-is-better', ratio: 'R2' };

const API = 'API';
const DRIVER = 'mysql2';
const SERVER = 'MariaDB server';
const HTTP_FLOOR = 'Redis GET + node:http';
const GET = 'Redis GET';

/** One phase of the `mariadb` client's own time: profiled runs for at least `minMs`. */
async function serverPhase(
  target: MariaDbClientTarget,
  sql: string,
  minMs: number,
): Promise<LoadResult> {
  const startedAt = performance.now();
  const latenciesMs: number[] = [];
  do {
    latenciesMs.push(await mariaDbServerMs(target, sql));
  } while (performance.now() - startedAt < minMs);
  return { latenciesMs, wallMs: performance.now() - startedAt, failures: [] };
}

async function measureUncached(
  context: ScenarioContext,
  session: MariaDbSession,
  prepared: PreparedChart,
  pool: Pool,
): Promise<Measurement[]> {
  const { chart, sql } = prepared;
  const { uncachedRounds, uncachedPhaseMs } = mariaDbPlan(context.quick);
  const plan: LoadPlan = { concurrency: 1, minRequests: 1, minDurationMs: uncachedPhaseMs };
  const target = { ...CLIENT_SERVER, database: session.dataset.schema };
  const samples = await runInterleaved(
    uncachedRounds,
    [
      {
        name: API,
        run: () =>
          withFreshConnections(session.product.server.port, 1, (agent) =>
            runClosedLoop(plan, async () => {
              await postChartData(session.product, chart, true, agent);
            }),
          ),
      },
      {
        name: DRIVER,
        run: () =>
          runClosedLoop(plan, async () => {
            const [rows] = await pool.query<RowDataPacket[]>(sql);
            if (rows.length !== chart.sqlRows) {
              throw new Error(`${chart.id}: mysql2 read ${rows.length} rows`);
            }
          }),
      },
      { name: SERVER, run: () => serverPhase(target, sql, uncachedPhaseMs) },
    ],
    (round, medians) =>
      context.log(
        `${prepared.chart.id} MariaDB cold, round ${round + 1}: API median ${ms(medians.get(API))}, ` +
          `mysql2 ${ms(medians.get(DRIVER))}, server's own ${ms(medians.get(SERVER))}`,
      ),
  );
  const api = samplesOf(samples, API);
  const driver = samplesOf(samples, DRIVER);
  const server = samplesOf(samples, SERVER);
  const floorMedian = summarize(driver.roundMediansMs).median;
  const label = `${prepared.chart.id} c=1 MariaDB`;
  return [
    measurement(MARIADB, `${label}: API, force=true`, 'ms', api.latenciesMs),
    measurement(MARIADB, `${label}: floor (mysql2, the API's SQL)`, 'ms', driver.latenciesMs),
    measurement(
      MARIADB,
      `${label}: floor (the server's own time, mariadb client profiling)`,
      'ms',
      server.latenciesMs,
    ),
    pairedRatio(
      MARIADB,
      `${label}: API / mysql2`,
      api.roundMediansMs,
      driver.roundMediansMs,
      mariaDbOverheadTarget(floorMedian),
    ),
    pairedRatio(
      MARIADB,
      `${label}: API / server's own time`,
      api.roundMediansMs,
      server.roundMediansMs,
    ),
  ];
}

/** Warms the cache for a chart; returns the answer's size, with a floor payload that size. */
async function warm(
  session: MariaDbSession,
  redis: Redis,
  prepared: PreparedChart,
): Promise<{ bytes: number; key: string }> {
  const { product } = session;
  await postChartData(product, prepared.chart, false);
  const { result, bytes } = await chartDataResult(product, prepared.chart, {
    force: false,
    resultType: 'full',
  });
  if (result.is_cached !== true) {
    throw new Error(`${prepared.chart.id}: a second identical request was not a cache hit`);
  }
  const key = floorKey(product.keyPrefix, bytes);
  await storeBlob(redis, key, bytes);
  return { bytes, key };
}

async function measureCached(
  context: ScenarioContext,
  session: MariaDbSession,
  prepared: PreparedChart,
  clients: { redis: Redis; floor: StartedServer },
): Promise<Measurement[]> {
  const { chart } = prepared;
  const { bytes, key } = await warm(session, clients.redis, prepared);
  const { cachedRounds, cachedPhaseMs } = mariaDbPlan(context.quick);
  const plan: LoadPlan = { concurrency: 1, minRequests: 1, minDurationMs: cachedPhaseMs };
  const floorPath = `/r/${encodeURIComponent(key)}`;
  const samples = await runInterleaved(
    cachedRounds,
    [
      {
        name: API,
        run: () =>
          withFreshConnections(session.product.server.port, 1, (agent) =>
            runClosedLoop(plan, async () => {
              const timing = await postChartData(session.product, chart, false, agent);
              // A recomputed answer differs from the cached one in its cache facts only.
              if (Math.abs(timing.bytes - bytes) > 64) {
                throw new Error(
                  `${chart.id}: a cached answer of ${timing.bytes}, not ${bytes} bytes`,
                );
              }
            }),
          ),
      },
      { name: GET, run: () => runClosedLoop(plan, () => redisGet(clients.redis, key, bytes)) },
      {
        name: HTTP_FLOOR,
        run: () =>
          withFreshConnections(clients.floor.port, 1, (agent) =>
            runClosedLoop(plan, async () => {
              const timing = await timedRequest(
                { port: clients.floor.port, method: 'GET', path: floorPath, agent },
                () => undefined,
              );
              if (timing.status !== 200 || timing.bytes !== bytes) {
                throw new Error(
                  `floor server answered ${timing.status} with ${timing.bytes} bytes`,
                );
              }
            }),
          ),
      },
    ],
    (round, medians) =>
      context.log(
        `${prepared.chart.id} MariaDB cached, round ${round + 1}: API median ${ms(medians.get(API))}, ` +
          `Redis GET + node:http ${ms(medians.get(HTTP_FLOOR))}`,
      ),
  );
  const api = samplesOf(samples, API);
  const get = samplesOf(samples, GET);
  const http = samplesOf(samples, HTTP_FLOOR);
  const label = `${prepared.chart.id} c=1 MariaDB`;
  const size = `${(bytes / 1000).toFixed(1)} KB`;
  return [
    measurement(MARIADB, `${label}: API cached, ${size} answer`, 'ms', api.latenciesMs),
    measurement(MARIADB, `${label}: floor (Redis GET, ${size})`, 'ms', get.latenciesMs),
    measurement(
      MARIADB,
      `${label}: floor (Redis GET + node:http, ${size})`,
      'ms',
      http.latenciesMs,
    ),
    pairedRatio(
      MARIADB,
      `${label}: API cached / (Redis GET + node:http)`,
      api.roundMediansMs,
      http.roundMediansMs,
      CACHED_TARGET,
    ),
  ];
}

/**
 * Scenario M (performance.md §5.4, dialect and driver parity): Q01, Q03 and Q08 on the
 * same trips as PostgreSQL's, generated in MariaDB, through POST /api/v1/chart/data with
 * force=true against mysql2 running the SQL the API reported and against the server's own
 * time (R1), then from the Redis data cache against a Redis GET + node:http (R2), one
 * client, sides alternating round by round; then the design's 12-chart dashboard (its
 * queries in MariaDB's dialect, every answer checked against mysql2 first) cold through its
 * one request against its SQL at once on mysql2 (R3), and warm.
 */
export async function measureMariaDb(context: ScenarioContext): Promise<Measurement[]> {
  const shapes = mariaDbQueries();
  const tiles = mariaDbDashboardQueries();
  // Each different query is prepared (and checked) once, whether a shape, a tile or both.
  const queries = [...new Map([...shapes, ...tiles].map((chart) => [chart.id, chart])).values()];
  const session = await openMariaDbSession(context, queries);
  const preparedOf = (chart: ChartQuery) =>
    session.charts.find((prepared) => prepared.chart.id === chart.id) ??
    raise(`${chart.id} was not prepared`);
  const charts = shapes.map(preparedOf);
  const pool = mariaDbDriverPool(session.dataset.schema, 1);
  const redis = new Redis(CHART_REDIS_URL);
  let floor: StartedServer | undefined;
  const measurements: Measurement[] = [];
  try {
    await pool.query('SELECT 1');
    for (const prepared of charts) {
      measurements.push(...(await measureUncached(context, session, prepared, pool)));
    }
    floor = await startServer(redisHttpFloorServer(REPO_ROOT, CHART_REDIS_URL));
    for (const prepared of charts) {
      measurements.push(...(await measureCached(context, session, prepared, { redis, floor })));
    }
    measurements.push(
      ...(await measureMariaDbDashboard(context, session, tiles.map(preparedOf), MARIADB)),
    );
    return measurements;
  } finally {
    await floor?.stop();
    redis.disconnect();
    await pool.end();
    await session.dispose();
  }
}

function raise(message: string): never {
  throw new Error(message);
}

function ms(value: number | undefined): string {
  return value === undefined ? '?' : `${value.toFixed(2)} ms`;
}
