import pg from 'pg';
import type { Measurement } from '../measurement.js';
import { measurement, pairedRatio } from '../measurement.js';
import type { RatioTarget } from '../ratios.js';
import type { ScenarioContext } from '../scenario-types.js';
import type { LoadPlan } from './closed-loop.js';
import { runClosedLoop } from './closed-loop.js';
import type { ChartSession, PreparedChart } from './chart-data-session.js';
import {
  CHART_POSTGRES_URI,
  openChartSession,
  postChartData,
  prepareVariants,
} from './chart-data-session.js';
import { withFreshConnections } from './fresh-connections.js';
import { runInterleaved, samplesOf } from './interleaved-phases.js';

/** Scenario id, as in the registry and the results. */
export const CHART_UNCACHED = 'U';

/** The concurrency levels the issue asks for. */
export const CHART_CONCURRENCY = [1, 32] as const;

/**
 * Rounds per concurrency. At 1 client a round is one request per side (the ratio is then
 * per pair); at 32 a round is one wave of 32 simultaneous requests per side, which on two
 * cores takes tens of seconds per query (the raw 100k rows about a minute), hence one.
 */
export function uncachedRounds(quick: boolean, concurrency: number): number {
  if (concurrency === 1) return quick ? 2 : 5;
  return 1;
}

/** R1 (performance.md §5.7): +2% on aggregated queries of 100 ms and more, 2x on 100k raw rows. */
function overheadTarget(chart: PreparedChart): RatioTarget {
  return { limit: chart.chart.id === 'raw-100k' ? 2 : 1.02, direction: 'lower-is-better' };
}

const API = 'API';
const FLOOR = 'pg';

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
  const plan: LoadPlan = { concurrency, minRequests: concurrency, minDurationMs: 0 };
  const cycle = () => {
    let next = 0;
    return () => variants[next++ % variants.length] ?? prepared;
  };
  const samples = await runInterleaved(
    uncachedRounds(context.quick, concurrency),
    [
      {
        name: API,
        run: () => {
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
        },
      },
      {
        name: FLOOR,
        run: () => {
          const take = cycle();
          return runClosedLoop(plan, async () => {
            const result = await pool.query(take().sql);
            if (result.rows.length !== chart.sqlRows) {
              throw new Error(`${chart.id}: the driver read ${result.rows.length} rows`);
            }
          });
        },
      },
    ],
    (round, medians) =>
      context.log(
        `${chart.id} c=${concurrency} cold, round ${round + 1}: API median ${ms(medians.get(API))}, pg ${ms(medians.get(FLOOR))}`,
      ),
  );
  const api = samplesOf(samples, API);
  const floor = samplesOf(samples, FLOOR);
  const label = `${chart.id} c=${concurrency}`;
  return [
    measurement(
      CHART_UNCACHED,
      `${label}: API, force=true${failureNote(api.failures, api.latenciesMs.length)}`,
      'ms',
      api.latenciesMs,
    ),
    measurement(CHART_UNCACHED, `${label}: floor (pg, the API's SQL)`, 'ms', floor.latenciesMs),
    pairedRatio(
      CHART_UNCACHED,
      `${label}: API / pg`,
      api.roundMediansMs,
      floor.roundMediansMs,
      concurrency === 1 ? overheadTarget(prepared) : undefined,
    ),
  ];
}

/**
 * Scenario U (R1 overhead): each of the six chart queries through POST /api/v1/chart/data
 * with force=true (the cache is bypassed, the query runs) against the stock driver running
 * the SQL the API reported, at 1 and 32 concurrent clients; sides alternate round by round.
 */
export async function measureChartUncached(context: ScenarioContext): Promise<Measurement[]> {
  const session = await openChartSession(context);
  const measurements: Measurement[] = [];
  try {
    for (const concurrency of CHART_CONCURRENCY) {
      // Connections stay open between phases (no idle timeout), opened before the first.
      const pool = new pg.Pool({
        connectionString: CHART_POSTGRES_URI,
        max: concurrency,
        idleTimeoutMillis: 0,
      });
      try {
        await Promise.all(Array.from({ length: concurrency }, () => pool.query('SELECT 1')));
        for (const prepared of session.charts) {
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
