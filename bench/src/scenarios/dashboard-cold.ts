import type { Agent } from 'node:http';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import type { Measurement } from '../measurement.js';
import { measurement, pairedRatio } from '../measurement.js';
import type { ScenarioContext } from '../scenario-types.js';
import type { PreparedChart } from './chart-answer-check.js';
import { CHART_POSTGRES_URI } from './chart-data-session.js';
import { TRIPS_TABLE } from '../dataset/dataset-contract.js';
import { requireSameRows } from './dashboard-answers.js';
import { rowsReadDuring } from './dashboard-db-count.js';
import { coldPlan, DASHBOARD_COLD, repeatSamples } from './dashboard-phases.js';
import type { BenchDashboard, DashboardSession } from './dashboard-session.js';
import { openDashboardSession } from './dashboard-session.js';
import type { DashboardLoad } from './dashboard-stream.js';
import { loadDashboard } from './dashboard-stream.js';
import { withFreshConnections } from './fresh-connections.js';
import { runInterleaved, samplesOf } from './interleaved-phases.js';

const ONE_REQUEST = 'one request, force';
const CONCURRENT_SQL = 'the SQL at once';
const SLOWEST_SQL = 'slowest SQL alone';
const ONCE = { minSamples: 1, minDurationMs: 0 };

/** R3 (performance.md §5.7): a cold dashboard within 1.10x its SQL run at once on the driver. */
const COLD_TARGET = { limit: 1.1, direction: 'lower-is-better', ratio: 'R3' } as const;
/** Issue 8: each different query runs once, however many charts show it. */
const DEDUPE_TARGET = { limit: 1, direction: 'lower-is-better' } as const;

/** The driver runs one chart's SQL and must read that chart's rows. */
async function runSql(pool: pg.Pool, prepared: PreparedChart): Promise<void> {
  const result = await pool.query(prepared.sql);
  if (result.rows.length !== prepared.chart.sqlRows) {
    throw new Error(`${prepared.chart.id}: the driver read ${result.rows.length} rows`);
  }
}

/** A forced load that ran at least every different query (else it was not cold). */
async function coldLoad(
  session: DashboardSession,
  dashboard: BenchDashboard,
  agent?: Agent,
): Promise<DashboardLoad> {
  const load = await loadDashboard(session.charts.product, dashboard.id, {
    force: true,
    ...(agent === undefined ? {} : { agent }),
  });
  requireSameRows(dashboard, load.results);
  if (load.done.queries_executed < dashboard.distinct.length) {
    throw new Error(
      `${dashboard.label}: a forced load ran ${load.done.queries_executed} queries, fewer than ` +
        `its ${dashboard.distinct.length} different ones`,
    );
  }
  return load;
}

async function measureColdLoad(
  context: ScenarioContext,
  session: DashboardSession,
  dashboard: BenchDashboard,
  pool: pg.Pool,
): Promise<Measurement[]> {
  const firstTiles: number[] = [];
  const samples = await runInterleaved(
    coldPlan(context.quick).rounds,
    [
      {
        name: ONE_REQUEST,
        run: () =>
          withFreshConnections(session.charts.product.server.port, 1, (agent) =>
            repeatSamples(ONCE, async () => {
              const load = await coldLoad(session, dashboard, agent);
              firstTiles.push(load.firstTileMs);
              return load.lastTileMs;
            }),
          ),
      },
      {
        name: CONCURRENT_SQL,
        run: () =>
          repeatSamples(ONCE, async () => {
            const startedAt = performance.now();
            await Promise.all(dashboard.distinct.map((prepared) => runSql(pool, prepared)));
            return performance.now() - startedAt;
          }),
      },
      {
        name: SLOWEST_SQL,
        run: () =>
          repeatSamples(ONCE, async () => {
            let slowest = 0;
            for (const prepared of dashboard.distinct) {
              const startedAt = performance.now();
              await runSql(pool, prepared);
              slowest = Math.max(slowest, performance.now() - startedAt);
            }
            return slowest;
          }),
      },
    ],
    (round, medians) =>
      context.log(
        `${dashboard.label} cold, round ${round + 1}: ` +
          [ONE_REQUEST, CONCURRENT_SQL, SLOWEST_SQL]
            .map((name) => `${name} ${ms(medians.get(name))}`)
            .join(', '),
      ),
  );
  const load = samplesOf(samples, ONE_REQUEST);
  const concurrent = samplesOf(samples, CONCURRENT_SQL);
  const slowest = samplesOf(samples, SLOWEST_SQL);
  const label = `${dashboard.label} cold`;
  const statements = `${dashboard.distinct.length} statements`;
  return [
    measurement(
      DASHBOARD_COLD,
      `${label}: one request, every tile arrived`,
      'ms',
      load.latenciesMs,
    ),
    measurement(DASHBOARD_COLD, `${label}: one request, first tile`, 'ms', firstTiles),
    measurement(
      DASHBOARD_COLD,
      `${label}: floor (pg, the ${statements} at once, one connection each)`,
      'ms',
      concurrent.latenciesMs,
    ),
    measurement(
      DASHBOARD_COLD,
      `${label}: floor (pg, the slowest of the ${statements} alone)`,
      'ms',
      slowest.latenciesMs,
    ),
    pairedRatio(
      DASHBOARD_COLD,
      `${label}: one request / the SQL at once`,
      load.roundMediansMs,
      concurrent.roundMediansMs,
      COLD_TARGET,
    ),
    pairedRatio(
      DASHBOARD_COLD,
      `${label}: one request / the slowest SQL alone`,
      load.roundMediansMs,
      slowest.roundMediansMs,
    ),
  ];
}

/**
 * Issue 8's dedupe: the 50 charts load cold (forced) through the one request; the queries
 * the `done` line says ran, and the rows PostgreSQL counted as read from the table, against
 * the number of different queries and the rows those queries read run once each on the driver.
 */
async function measureDedupe(
  context: ScenarioContext,
  session: DashboardSession,
  dashboard: BenchDashboard,
  pool: pg.Pool,
): Promise<Measurement[]> {
  const rounds = coldPlan(context.quick).dedupeRounds;
  if (rounds === 0) {
    // Each count waits twice for PostgreSQL to publish its statistics (11 s each).
    context.log(`${dashboard.label} cold: database executions are counted in full runs only`);
    return [];
  }
  const distinct = dashboard.distinct.length;
  const trips = { schema: session.charts.dataset.schema, table: TRIPS_TABLE };
  // Each statement run whole, as the product runs a chart query (the same parallel plans).
  const driverRowsRead = await rowsReadDuring(pool, trips, async () => {
    for (const prepared of dashboard.distinct) {
      const read = await pool.query({ text: prepared.sql, rowMode: 'array' });
      if (read.rows.length !== prepared.chart.sqlRows) {
        throw new Error(`${prepared.chart.id}: the driver read ${read.rows.length} rows`);
      }
    }
  });
  const executed: number[] = [];
  const rowsRead: number[] = [];
  const lastTiles: number[] = [];
  for (let round = 0; round < rounds; round++) {
    rowsRead.push(
      await rowsReadDuring(pool, trips, async () => {
        const load = await coldLoad(session, dashboard);
        executed.push(load.done.queries_executed);
        lastTiles.push(load.lastTileMs);
      }),
    );
    context.log(
      `${dashboard.label} cold, count ${round + 1}: ${executed.at(-1)} queries executed for ` +
        `${distinct} different ones; PostgreSQL counted ${rowsRead.at(-1)} rows read from the ` +
        `table, ${driverRowsRead} for the ${distinct} statements once each on the driver`,
    );
  }
  const label = `${dashboard.label} cold`;
  return [
    measurement(DASHBOARD_COLD, `${label}: one request, every tile arrived`, 'ms', lastTiles),
    pairedRatio(
      DASHBOARD_COLD,
      `${label}: queries executed (done line) / different query contexts`,
      executed,
      executed.map(() => distinct),
      DEDUPE_TARGET,
    ),
    pairedRatio(
      DASHBOARD_COLD,
      `${label}: rows PostgreSQL read from the table, one request / the ${distinct} statements once each`,
      rowsRead,
      rowsRead.map(() => driverRowsRead),
    ),
  ];
}

/**
 * Scenario D-cold (R3): the design's 12-chart dashboard loaded with force through its one
 * request, against its twelve SQL statements run at once on the driver (one connection
 * each) and against the slowest of them alone; then issue 8's 50 charts over 10 queries,
 * cold, counting the queries that reach the database.
 */
export async function measureDashboardCold(context: ScenarioContext): Promise<Measurement[]> {
  const session = await openDashboardSession(context);
  const connections = session.design.distinct.length;
  const pool = new pg.Pool({
    connectionString: CHART_POSTGRES_URI,
    max: connections,
    idleTimeoutMillis: 0,
  });
  try {
    await Promise.all(Array.from({ length: connections }, () => pool.query('SELECT 1')));
    return [
      ...(await measureColdLoad(context, session, session.design, pool)),
      ...(await measureDedupe(context, session, session.shared, pool)),
    ];
  } finally {
    await pool.end();
    await session.dispose();
  }
}

function ms(value: number | undefined): string {
  return value === undefined ? '?' : `${value.toFixed(0)} ms`;
}
