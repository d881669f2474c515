import { fileURLToPath } from 'node:url';
import { Redis } from 'ioredis';
import type { Measurement } from '../measurement.js';
import { measurement, pairedRatio } from '../measurement.js';
import type { ScenarioContext } from '../scenario-types.js';
import type { StartedServer } from '../server-process.js';
import { startServer } from '../server-process.js';
import { floorKey, redisGet, redisHttpFloorServer, storeBlob } from './chart-cache-floors.js';
import { CHART_REDIS_URL } from './chart-data-product.js';
import type { ChartSession } from './chart-data-session.js';
import type { PreparedChart } from './chart-answer-check.js';
import { chartDataResult, postChartData } from './chart-data-result.js';
import { openChartSession } from './chart-data-session.js';
import {
  cachedPlan,
  cachedTarget,
  chartConcurrencies,
  keepingThroughput,
  measuresCached,
} from './chart-load-plan.js';
import { withFreshConnections } from './fresh-connections.js';
import type { LoadPlan } from './closed-loop.js';
import { runClosedLoop } from './closed-loop.js';
import { timedRequest } from './http-client.js';
import { runInterleaved, samplesOf } from './interleaved-phases.js';

/** Scenario id, as in the registry and the results. */
export const CHART_CACHED = 'C';

const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/**
 * A recomputed answer differs from the cached one only in its cache facts (`cached_dttm`
 * null instead of a time: a few bytes); anything bigger is a wrong answer.
 */
const RECOMPUTED_TOLERANCE_BYTES = 64;

const API = 'API';
const GET = 'Redis GET';
const HTTP_FLOOR = 'Redis GET + node:http';

/** A cached chart: how big its answer is, and the floors' key of a payload that size. */
interface CachedChart {
  readonly prepared: PreparedChart;
  readonly bytes: number;
  readonly floorKey: string;
  /** Bytes of the product's own cache entry (MessagePack of the result). */
  readonly entryBytes: number;
}

/** Warms the product's cache for one chart and stores a floor payload of its answer's size. */
async function warm(
  session: ChartSession,
  redis: Redis,
  prepared: PreparedChart,
): Promise<CachedChart> {
  const { product } = session;
  await postChartData(product, prepared.chart, false);
  const { result, bytes } = await chartDataResult(product, prepared.chart, {
    force: false,
    resultType: 'full',
  });
  if (result.is_cached !== true || result.cache_key === null) {
    throw new Error(`${prepared.chart.id}: a second identical request was not a cache hit`);
  }
  const key = floorKey(product.keyPrefix, bytes);
  await storeBlob(redis, key, bytes);
  const entryBytes = await redis.strlen(`${product.keyPrefix}${result.cache_key}`);
  return { prepared, bytes, floorKey: key, entryBytes };
}

async function measureChart(
  context: ScenarioContext,
  session: ChartSession,
  cached: CachedChart,
  concurrency: number,
  clients: { redis: Redis; floor: StartedServer },
): Promise<Measurement[]> {
  const { chart } = cached.prepared;
  const { rounds, phaseMs } = cachedPlan(context.quick, concurrency);
  const plan: LoadPlan = { concurrency, minRequests: concurrency, minDurationMs: phaseMs };
  const floorPath = `/r/${encodeURIComponent(cached.floorKey)}`;
  let recomputed = 0;
  const throughputs = { api: [] as number[], http: [] as number[] };
  const samples = await runInterleaved(
    rounds,
    [
      {
        name: API,
        run: keepingThroughput(throughputs.api, () =>
          withFreshConnections(session.product.server.port, concurrency, (agent) =>
            runClosedLoop(plan, async () => {
              const timing = await postChartData(session.product, chart, false, agent);
              if (timing.bytes === cached.bytes) return;
              // The product answered from the database: its cache read failed (e.g. timed out).
              if (Math.abs(timing.bytes - cached.bytes) > RECOMPUTED_TOLERANCE_BYTES) {
                throw new Error(
                  `${chart.id}: a cached answer of ${timing.bytes} bytes, expected ${cached.bytes}`,
                );
              }
              recomputed += 1;
            }),
          ),
        ),
      },
      {
        name: GET,
        run: () =>
          runClosedLoop(plan, () => redisGet(clients.redis, cached.floorKey, cached.bytes)),
      },
      {
        name: HTTP_FLOOR,
        run: keepingThroughput(throughputs.http, () =>
          withFreshConnections(clients.floor.port, concurrency, (agent) =>
            runClosedLoop(plan, async () => {
              const timing = await timedRequest(
                { port: clients.floor.port, method: 'GET', path: floorPath, agent },
                () => undefined,
              );
              if (timing.status !== 200 || timing.bytes !== cached.bytes) {
                throw new Error(
                  `floor server answered ${timing.status} with ${timing.bytes} bytes`,
                );
              }
            }),
          ),
        ),
      },
    ],
    (round, medians) =>
      context.log(
        `${chart.id} c=${concurrency} cached, round ${round + 1}: API median ${ms(medians.get(API))}, ` +
          `Redis GET ${ms(medians.get(GET))}, Redis GET + node:http ${ms(medians.get(HTTP_FLOOR))}` +
          (recomputed > 0 ? ` (${recomputed} API answers so far recomputed, not cached)` : ''),
      ),
  );
  const api = samplesOf(samples, API);
  const get = samplesOf(samples, GET);
  const http = samplesOf(samples, HTTP_FLOOR);
  const label = `${chart.id} c=${concurrency}`;
  const size = `${kb(cached.bytes)} KB`;
  const misses =
    recomputed > 0
      ? `, ${recomputed} of ${api.latenciesMs.length} recomputed (cache read failed)`
      : '';
  return [
    measurement(
      CHART_CACHED,
      `${label}: API cached, ${size} answer${misses}`,
      'ms',
      api.latenciesMs,
    ),
    measurement(CHART_CACHED, `${label}: floor (Redis GET, ${size})`, 'ms', get.latenciesMs),
    measurement(
      CHART_CACHED,
      `${label}: floor (Redis GET + node:http, ${size})`,
      'ms',
      http.latenciesMs,
    ),
    pairedRatio(
      CHART_CACHED,
      `${label}: API cached / Redis GET`,
      api.roundMediansMs,
      get.roundMediansMs,
    ),
    pairedRatio(
      CHART_CACHED,
      `${label}: API cached / (Redis GET + node:http)`,
      api.roundMediansMs,
      http.roundMediansMs,
      concurrency === 1 ? cachedTarget(concurrency) : undefined,
    ),
    ...(concurrency === 1
      ? []
      : [
          measurement(CHART_CACHED, `${label}: API cached throughput`, 'req/s', throughputs.api),
          measurement(
            CHART_CACHED,
            `${label}: floor throughput (Redis GET + node:http)`,
            'req/s',
            throughputs.http,
          ),
          pairedRatio(
            CHART_CACHED,
            `${label}: API cached throughput / (Redis GET + node:http) throughput`,
            throughputs.api,
            throughputs.http,
            cachedTarget(concurrency),
          ),
        ]),
  ];
}

/**
 * Scenario C (R2 cached): each of the design's chart queries Q01-Q10 answered from the
 * product's Redis data cache, against a raw Redis GET of a payload of the answer's size (one
 * ioredis connection, as the product's cache has) and against a bare node:http server
 * writing that GET's bytes; sides alternate round by round. At 1 client the ratio of
 * latencies, at 8 and 64 the ratio of throughputs. `--quick` reads the 1M-row dataset, at 1
 * and 8 clients (Q06 at 1 only, see QUICK_SINGLE_CLIENT_QUERIES).
 */
export async function measureChartCached(context: ScenarioContext): Promise<Measurement[]> {
  const session = await openChartSession(context);
  const redis = new Redis(CHART_REDIS_URL);
  let floor: StartedServer | undefined;
  const measurements: Measurement[] = [];
  try {
    const cachedCharts: CachedChart[] = [];
    for (const prepared of session.charts) {
      const cached = await warm(session, redis, prepared);
      cachedCharts.push(cached);
      context.log(
        `${prepared.chart.id}: cached answer ${kb(cached.bytes)} KB (Redis entry ${kb(cached.entryBytes)} KB)`,
      );
    }
    floor = await startServer(redisHttpFloorServer(REPO_ROOT, CHART_REDIS_URL));
    for (const concurrency of chartConcurrencies(context.quick)) {
      for (const cached of cachedCharts) {
        if (!measuresCached(cached.prepared.chart.id, concurrency, context.quick)) continue;
        measurements.push(
          ...(await measureChart(context, session, cached, concurrency, { redis, floor })),
        );
      }
    }
    return measurements;
  } finally {
    await floor?.stop();
    redis.disconnect();
    await session.dispose();
  }
}

function ms(value: number | undefined): string {
  return value === undefined ? '?' : `${value.toFixed(2)} ms`;
}

function kb(bytes: number): string {
  return (bytes / 1000).toFixed(1);
}
