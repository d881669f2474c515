import { performance } from 'node:perf_hooks';
import type { Pool, RowDataPacket } from 'mysql2/promise';
import type { Measurement } from '../measurement.js';
import { measurement, pairedRatio } from '../measurement.js';
import type { ScenarioContext } from '../scenario-types.js';
import type { PreparedChart } from './chart-answer-check.js';
import { chartDataResult } from './chart-data-result.js';
import type { ChartRows } from './dashboard-answers.js';
import { requireSameRows } from './dashboard-answers.js';
import { repeatSamples } from './dashboard-phases.js';
import { saveBenchChart, saveBenchDashboard } from './dashboard-session.js';
import { loadDashboard } from './dashboard-stream.js';
import { withFreshConnections } from './fresh-connections.js';
import { runInterleaved, samplesOf } from './interleaved-phases.js';
import type { MariaDbSession } from './mariadb-session.js';
import { mariaDbDriverPool } from './mariadb-session.js';

/** The 12-chart dashboard saved over MariaDB, with each chart's answer alone. */
interface MariaDbDashboard {
  readonly id: number;
  readonly label: string;
  readonly charts: readonly PreparedChart[];
  readonly expectedRows: ReadonlyMap<number, ChartRows>;
}

/** R3 (performance.md §5.7): a cold dashboard within 1.10x its SQL run at once on the driver. */
const COLD_TARGET = { limit: 1.1, direction: 'lower-is-better', ratio: 'R3' } as const;

const ONE_REQUEST = 'one request, force';
const CONCURRENT_SQL = 'the SQL at once';
const ONCE = { minSamples: 1, minDurationMs: 0 };

/** Rounds of the cold comparison, and the warm phase (cached loads back to back). */
export function mariaDbDashboardPlan(quick: boolean): {
  coldRounds: number;
  warm: { minSamples: number; minDurationMs: number };
} {
  return quick
    ? { coldRounds: 2, warm: { minSamples: 5, minDurationMs: 500 } }
    : { coldRounds: 5, warm: { minSamples: 10, minDurationMs: 2000 } };
}

/** Saves the charts and a published dashboard of them, with each chart's rows alone. */
async function saveDashboard(
  session: MariaDbSession,
  charts: readonly PreparedChart[],
): Promise<MariaDbDashboard> {
  const { product } = session;
  const expectedRows = new Map<number, ChartRows>();
  for (const prepared of charts) {
    const chartId = await saveBenchChart(
      product,
      prepared.chart,
      `${prepared.chart.title} (MariaDB)`,
    );
    const { result } = await chartDataResult(product, prepared.chart, {
      force: false,
      resultType: 'full',
    });
    if (!Array.isArray(result.data)) throw new Error(`${prepared.chart.id} answered no rows`);
    expectedRows.set(chartId, result.data);
  }
  const label = `${charts.length} charts`;
  const id = await saveBenchDashboard(product, `Bench: ${label} on MariaDB`, [
    ...expectedRows.keys(),
  ]);
  return { id, label, charts, expectedRows };
}

/** The driver runs one chart's SQL and must read that chart's rows. */
async function runSql(pool: Pool, prepared: PreparedChart): Promise<void> {
  const [rows] = await pool.query<RowDataPacket[]>(prepared.sql);
  if (rows.length !== prepared.chart.sqlRows) {
    throw new Error(`${prepared.chart.id}: mysql2 read ${rows.length} rows`);
  }
}

async function measureCold(
  context: ScenarioContext,
  session: MariaDbSession,
  dashboard: MariaDbDashboard,
  pool: Pool,
  scenario: string,
): Promise<Measurement[]> {
  const samples = await runInterleaved(
    mariaDbDashboardPlan(context.quick).coldRounds,
    [
      {
        name: ONE_REQUEST,
        run: () =>
          withFreshConnections(session.product.server.port, 1, (agent) =>
            repeatSamples(ONCE, async () => {
              const load = await loadDashboard(session.product, dashboard.id, {
                force: true,
                agent,
              });
              requireSameRows(dashboard, load.results);
              return load.lastTileMs;
            }),
          ),
      },
      {
        name: CONCURRENT_SQL,
        run: () =>
          repeatSamples(ONCE, async () => {
            const startedAt = performance.now();
            await Promise.all(dashboard.charts.map((prepared) => runSql(pool, prepared)));
            return performance.now() - startedAt;
          }),
      },
    ],
    (round, medians) =>
      context.log(
        `MariaDB ${dashboard.label} cold, round ${round + 1}: one request ` +
          `${ms(medians.get(ONE_REQUEST))}, the SQL at once on mysql2 ${ms(medians.get(CONCURRENT_SQL))}`,
      ),
  );
  const load = samplesOf(samples, ONE_REQUEST);
  const concurrent = samplesOf(samples, CONCURRENT_SQL);
  const label = `${dashboard.label} MariaDB cold`;
  return [
    measurement(scenario, `${label}: one request, every tile arrived`, 'ms', load.latenciesMs),
    measurement(
      scenario,
      `${label}: floor (mysql2, the ${dashboard.charts.length} statements at once, one connection each)`,
      'ms',
      concurrent.latenciesMs,
    ),
    pairedRatio(
      scenario,
      `${label}: one request / the SQL at once`,
      load.roundMediansMs,
      concurrent.roundMediansMs,
      COLD_TARGET,
    ),
  ];
}

async function measureWarm(
  context: ScenarioContext,
  session: MariaDbSession,
  dashboard: MariaDbDashboard,
  scenario: string,
): Promise<Measurement> {
  // One load fills the cache of every chart; the loads measured are all hits.
  await loadDashboard(session.product, dashboard.id, { force: false });
  const { latenciesMs } = await withFreshConnections(session.product.server.port, 1, (agent) =>
    repeatSamples(mariaDbDashboardPlan(context.quick).warm, async () => {
      const load = await loadDashboard(session.product, dashboard.id, { force: false, agent });
      requireSameRows(dashboard, load.results);
      return load.lastTileMs;
    }),
  );
  context.log(`MariaDB ${dashboard.label} warm: ${latenciesMs.length} loads`);
  return measurement(
    scenario,
    `${dashboard.label} MariaDB warm: one request, every tile arrived`,
    'ms',
    latenciesMs,
  );
}

/**
 * The design's 12-chart dashboard on MariaDB (performance.md §5.3, §5.4 M): `charts` (the
 * session's, checked against mysql2) saved, loaded with force through its one request against its twelve SQL
 * statements at once on mysql2 (R3), then warm from the data cache.
 */
export async function measureMariaDbDashboard(
  context: ScenarioContext,
  session: MariaDbSession,
  charts: readonly PreparedChart[],
  scenario: string,
): Promise<Measurement[]> {
  const dashboard = await saveDashboard(session, charts);
  context.log(`saved dashboard ${dashboard.id} (${dashboard.label}) over MariaDB`);
  const connections = dashboard.charts.length;
  const pool = mariaDbDriverPool(session.dataset.schema, connections);
  try {
    await Promise.all(Array.from({ length: connections }, () => pool.query('SELECT 1')));
    return [
      ...(await measureCold(context, session, dashboard, pool, scenario)),
      await measureWarm(context, session, dashboard, scenario),
    ];
  } finally {
    await pool.end();
  }
}

function ms(value: number | undefined): string {
  return value === undefined ? '?' : `${value.toFixed(0)} ms`;
}
