import pg from 'pg';
import type { Measurement } from '../measurement.js';
import { measurement, pairedRatio } from '../measurement.js';
import type { ScenarioContext } from '../scenario-types.js';
import type { LoadPlan } from './closed-loop.js';
import { runClosedLoop } from './closed-loop.js';
import type { ChartSession } from './chart-data-session.js';
import type { PreparedChart } from './chart-answer-check.js';
import { CHART_POSTGRES_URI, openChartSession, prepareVariants } from './chart-data-session.js';
import { postChartData } from './chart-data-result.js';
import {
  chartConcurrencies,
  keepingThroughput,
  measuresUncached,
  pgbenchPlan,
  runsPgbench,
  uncachedPlan,
  uncachedTarget,
} from './chart-load-plan.js';
import { withFreshConnections } from './fresh-connections.js';
import { runInterleaved, samplesOf } from './interleaved-phases.js';
import { runPgbench } from './pgbench-floor.js';

/** Scenario id, as in the registry and the results. */
export const CHART_UNCACHED = 'U';

const API = 'API';
const FLOOR = 'pg';
/** The DB floor R1 is held to: pgbench running the same SQL, the database's own time. */
const PGBENCH = 'pgbench';

async function measureChart(
  context: ScenarioContext,
  session: ChartSession,
  prepared: PreparedChart,
  concurrency: number,
  pool: pg.Pool,
): Promise<Measurement[]> {
  const { chart } = prepared;
  // One client runs the chart itself; concurrent clients each run a variant of their own.
  const variants =
    concurrency === 1 ? [prepared] : await prepareVariants(session.product, chart, concurrency);
  const { rounds, requestsPerClient } = uncachedPlan(context.quick, concurrency);
  const plan: LoadPlan = {
    concurrency,
    minRequests: concurrency * requestsPerClient,
    minDurationMs: 0,
  };
  const cycle = () => {
    let next = 0;
    return () => variants[next++ % variants.length] ?? prepared;
  };
  const throughputs = { api: [] as number[], floor: [] as number[], pgbench: [] as number[] };
  const pgbench = {
    databaseUrl: CHART_POSTGRES_URI,
    // Client i runs variant i, as the API's clients each ask their own.
    statements: variants.map((variant) => variant.sql),
    ...pgbenchPlan(concurrency, requestsPerClient),
  };
  const withPgbench = runsPgbench(concurrency);
  const pgbenchPhase = {
    // pgbench's latency average is the phase's one sample; its tps (connection start
    // left out) the throughput, as its wall time here would count its process start.
    name: PGBENCH,
    run: async () => {
      const started = performance.now();
      const result = await runPgbench(pgbench);
      throughputs.pgbench.push(result.tps);
      return {
        latenciesMs: [result.latencyAverageMs],
        wallMs: performance.now() - started,
        failures: [],
      };
    },
  };
  const samples = await runInterleaved(
    rounds,
    [
      {
        name: API,
        run: keepingThroughput(throughputs.api, () => {
          const take = cycle();
          return withFreshConnections(session.product.server.port, concurrency, (agent) =>
            runClosedLoop(
              plan,
              async () => {
                await postChartData(session.product, take().chart, true, agent);
              },
              isProductRefusal,
            ),
          );
        }),
      },
      {
        name: FLOOR,
        run: keepingThroughput(throughputs.floor, () => {
          const take = cycle();
          return runClosedLoop(plan, async () => {
            const result = await pool.query(take().sql);
            if (result.rows.length !== chart.sqlRows) {
              throw new Error(`${chart.id}: the driver read ${result.rows.length} rows`);
            }
          });
        }),
      },
      ...(withPgbench ? [pgbenchPhase] : []),
    ],
    (round, medians) =>
      context.log(
        `${chart.id} c=${concurrency} cold, round ${round + 1}: API median ${ms(medians.get(API))}, ` +
          `pg ${ms(medians.get(FLOOR))}` +
          (withPgbench ? `, pgbench ${ms(medians.get(PGBENCH))}` : '') +
          (concurrency === 1
            ? ''
            : `; API ${rate(throughputs.api.at(-1))}, pg ${rate(throughputs.floor.at(-1))}` +
              (withPgbench ? `, pgbench ${rate(throughputs.pgbench.at(-1))}` : '')),
      ),
  );
  const api = samplesOf(samples, API);
  const floor = samplesOf(samples, FLOOR);
  const dbFloor = withPgbench ? samplesOf(samples, PGBENCH) : undefined;
  const label = `${chart.id} c=${concurrency}`;
  const latencies = [
    measurement(
      CHART_UNCACHED,
      `${label}: API, force=true${failureNote(api.failures, api.latenciesMs.length)}`,
      'ms',
      api.latenciesMs,
    ),
    measurement(CHART_UNCACHED, `${label}: floor (pg, the API's SQL)`, 'ms', floor.latenciesMs),
  ];
  if (dbFloor === undefined) {
    return [
      ...latencies,
      measurement(CHART_UNCACHED, `${label}: API throughput`, 'req/s', throughputs.api),
      measurement(CHART_UNCACHED, `${label}: floor throughput (pg)`, 'req/s', throughputs.floor),
      pairedRatio(
        CHART_UNCACHED,
        `${label}: API throughput / pg throughput (pgbench not run: connections)`,
        throughputs.api,
        throughputs.floor,
      ),
    ];
  }
  latencies.push(
    measurement(
      CHART_UNCACHED,
      concurrency === 1
        ? `${label}: floor (pgbench, the database's own time)`
        : // pgbench's latency average is its run time x clients / transactions: at one
          // transaction per client, the wave's time, not a per-query latency.
          `${label}: floor (pgbench, the database's own time for the wave)`,
      'ms',
      dbFloor.latenciesMs,
    ),
  );
  const target = uncachedTarget(chart.id, concurrency);
  if (concurrency === 1) {
    return [
      ...latencies,
      measurement(
        CHART_UNCACHED,
        `${label}: API - pg (added latency per pair)`,
        'ms',
        api.roundMediansMs.map((apiMs, index) => apiMs - (floor.roundMediansMs[index] ?? NaN)),
      ),
      pairedRatio(CHART_UNCACHED, `${label}: API / pg`, api.roundMediansMs, floor.roundMediansMs),
      measurement(
        CHART_UNCACHED,
        `${label}: API − pgbench (absolute overhead per pair)`,
        'ms',
        api.roundMediansMs.map((apiMs, index) => apiMs - (dbFloor.roundMediansMs[index] ?? NaN)),
      ),
      pairedRatio(
        CHART_UNCACHED,
        `${label}: API / pgbench`,
        api.roundMediansMs,
        dbFloor.roundMediansMs,
        target,
      ),
    ];
  }
  return [
    ...latencies,
    measurement(CHART_UNCACHED, `${label}: API throughput`, 'req/s', throughputs.api),
    measurement(CHART_UNCACHED, `${label}: floor throughput (pg)`, 'req/s', throughputs.floor),
    measurement(
      CHART_UNCACHED,
      `${label}: floor throughput (pgbench)`,
      'req/s',
      throughputs.pgbench,
    ),
    pairedRatio(
      CHART_UNCACHED,
      `${label}: API throughput / pg throughput`,
      throughputs.api,
      throughputs.floor,
    ),
    pairedRatio(
      CHART_UNCACHED,
      `${label}: API throughput / pgbench throughput`,
      throughputs.api,
      throughputs.pgbench,
      target,
    ),
  ];
}

/**
 * Scenario U (R1 overhead): each of the design's chart queries Q01-Q10 through
 * POST /api/v1/chart/data with force=true (the cache is bypassed, the query runs) against
 * the stock driver and pgbench (the DB floor R1 is held to; up to PGBENCH_MAX_CLIENTS)
 * running the SQL the API reported; the sides alternate round by round. At 1 client the ratio of latencies,
 * at 8 and 64 the ratio of throughputs (at 64 only the fast
 * shapes, see UNCACHED_C64_QUERIES). `--quick` reads the 1M-row dataset, at 1 and 8 clients
 * (Q06 at 1 only, see QUICK_SINGLE_CLIENT_QUERIES).
 */
export async function measureChartUncached(context: ScenarioContext): Promise<Measurement[]> {
  const session = await openChartSession(context);
  const measurements: Measurement[] = [];
  try {
    for (const concurrency of chartConcurrencies(context.quick)) {
      // Connections stay open between phases (no idle timeout), opened before the first.
      const pool = new pg.Pool({
        connectionString: CHART_POSTGRES_URI,
        max: concurrency,
        idleTimeoutMillis: 0,
      });
      try {
        await Promise.all(Array.from({ length: concurrency }, () => pool.query('SELECT 1')));
        for (const prepared of session.charts) {
          if (!measuresUncached(prepared.chart.id, concurrency, context.quick)) continue;
          measurements.push(...(await measureChart(context, session, prepared, concurrency, pool)));
        }
      } finally {
        await pool.end();
      }
    }
    return measurements;
  } finally {
    await session.dispose();
  }
}

/** A chart data answer other than 200 (e.g. a 400 for a pool timeout): counted, reported. */
function isProductRefusal(error: unknown): boolean {
  return error instanceof Error && /^chart data \S+ answered \d{3}/.test(error.message);
}

/** `, 17 of 32 failed (CONNECTION_DATABASE_TIMEOUT)` for a metric's name, or nothing. */
export function failureNote(failures: readonly string[], succeeded: number): string {
  if (failures.length === 0) return '';
  const codes = new Set(
    failures.map(
      (message) =>
        /"engine_error_type":"([A-Z_]+)"/.exec(message)?.[1] ??
        /answered (\d{3})/.exec(message)?.[1] ??
        'error',
    ),
  );
  return `, ${failures.length} of ${failures.length + succeeded} failed (${[...codes].join(', ')})`;
}

function ms(value: number | undefined): string {
  return value === undefined ? '?' : `${value.toFixed(1)} ms`;
}

function rate(value: number | undefined): string {
  return value === undefined ? '?' : `${value.toFixed(1)} req/s`;
}
