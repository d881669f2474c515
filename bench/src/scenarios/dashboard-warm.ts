import type { Measurement } from '../measurement.js';
import { measurement, pairedRatio } from '../measurement.js';
import type { ScenarioContext } from '../scenario-types.js';
import { chartDataResult, postChartData } from './chart-data-result.js';
import { requireSameRows } from './dashboard-answers.js';
import { DASHBOARD_WARM, repeatSamples, warmPlan } from './dashboard-phases.js';
import { measureWarmSequences } from './dashboard-sequence.js';
import type { BenchDashboard, DashboardSession } from './dashboard-session.js';
import { openDashboardSession } from './dashboard-session.js';
import { loadDashboard } from './dashboard-stream.js';
import { withFreshConnections } from './fresh-connections.js';
import { runInterleaved, samplesOf } from './interleaved-phases.js';

/** Issue 8: every tile of the 50-chart dashboard within 2x the slowest cached chart alone. */
const ONE_REQUEST_TARGET = { limit: 2, direction: 'lower-is-better' } as const;

const ONE_REQUEST = 'one request';
const SLOWEST_SINGLE = 'slowest single chart';

async function measureOneRequest(
  context: ScenarioContext,
  session: DashboardSession,
  dashboard: BenchDashboard,
): Promise<Measurement[]> {
  const { product } = session.charts;
  const port = product.server.port;
  // Warms every chart's cache entry, then checks the second load was answered from it.
  await loadDashboard(product, dashboard.id, { force: false });
  const warm = await loadDashboard(product, dashboard.id, { force: false });
  requireSameRows(dashboard, warm.results);
  if (warm.done.queries_executed !== 0) {
    throw new Error(`${dashboard.label}: a warm load ran ${warm.done.queries_executed} queries`);
  }
  for (const prepared of dashboard.distinct) {
    const { result } = await chartDataResult(product, prepared.chart, {
      force: false,
      resultType: 'full',
    });
    if (result.is_cached !== true) {
      throw new Error(`${prepared.chart.id}: the floor's chart data request was not a cache hit`);
    }
  }
  const { rounds, phase } = warmPlan(context.quick);
  const startLines: number[] = [];
  const firstTiles: number[] = [];
  const samples = await runInterleaved(
    rounds,
    [
      {
        name: ONE_REQUEST,
        run: () =>
          withFreshConnections(port, 1, (agent) =>
            repeatSamples(phase, async () => {
              const load = await loadDashboard(product, dashboard.id, { force: false, agent });
              requireSameRows(dashboard, load.results);
              if (load.done.queries_executed !== 0) {
                throw new Error(`${dashboard.label}: a warm load ran a query`);
              }
              startLines.push(load.startMs);
              firstTiles.push(load.firstTileMs);
              return load.lastTileMs;
            }),
          ),
      },
      {
        name: SLOWEST_SINGLE,
        run: () =>
          withFreshConnections(port, 1, (agent) =>
            repeatSamples(phase, async () => {
              let slowest = 0;
              for (const prepared of dashboard.distinct) {
                const timing = await postChartData(product, prepared.chart, false, agent);
                slowest = Math.max(slowest, timing.totalMs);
              }
              return slowest;
            }),
          ),
      },
    ],
    (round, medians) =>
      context.log(
        `${dashboard.label} warm, round ${round + 1}: every tile ${ms(medians.get(ONE_REQUEST))}, ` +
          `slowest single cached chart ${ms(medians.get(SLOWEST_SINGLE))}`,
      ),
  );
  const dashboardSide = samplesOf(samples, ONE_REQUEST);
  const floor = samplesOf(samples, SLOWEST_SINGLE);
  const label = `${dashboard.label} warm`;
  return [
    measurement(
      DASHBOARD_WARM,
      `${label}: one request, every tile arrived`,
      'ms',
      dashboardSide.latenciesMs,
    ),
    measurement(DASHBOARD_WARM, `${label}: one request, start line`, 'ms', startLines),
    measurement(DASHBOARD_WARM, `${label}: one request, first tile`, 'ms', firstTiles),
    measurement(
      DASHBOARD_WARM,
      `${label}: floor (slowest of the ${dashboard.distinct.length} queries alone, cached POST /api/v1/chart/data)`,
      'ms',
      floor.latenciesMs,
    ),
    pairedRatio(
      DASHBOARD_WARM,
      `${label}: one request / slowest single cached chart`,
      dashboardSide.roundMediansMs,
      floor.roundMediansMs,
      dashboard === session.shared ? ONE_REQUEST_TARGET : undefined,
    ),
  ];
}

/**
 * Scenario D-warm: the design's 12-chart dashboard and issue 8's 50 charts over 10 queries,
 * each loaded from a warm cache through its one request (POST /api/v1/dashboard/{id}/
 * chart_data) against the slowest of its queries alone through POST /api/v1/chart/data
 * (cached); then the 12-chart page load as Superset's front end makes it (R3w).
 */
export async function measureDashboardWarm(context: ScenarioContext): Promise<Measurement[]> {
  const session = await openDashboardSession(context);
  try {
    return [
      ...(await measureOneRequest(context, session, session.design)),
      ...(await measureOneRequest(context, session, session.shared)),
      ...(await measureWarmSequences(context, session, session.design)),
    ];
  } finally {
    await session.dispose();
  }
}

function ms(value: number | undefined): string {
  return value === undefined ? '?' : `${value.toFixed(1)} ms`;
}
