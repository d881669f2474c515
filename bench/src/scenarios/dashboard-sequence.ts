import type { Agent } from 'node:http';
import { performance } from 'node:perf_hooks';
import { DASHBOARD_API_PATH } from '@superset-ts/shared';
import type { Measurement } from '../measurement.js';
import { checkedMeasurement, measurement, pairedRatio } from '../measurement.js';
import type { ScenarioContext } from '../scenario-types.js';
import type { ChartProduct } from './chart-data-product.js';
import { postChartData } from './chart-data-result.js';
import { DASHBOARD_WARM, repeatSamples, warmPlan } from './dashboard-phases.js';
import type { BenchDashboard, DashboardSession } from './dashboard-session.js';
import { startPageFloor } from './dashboard-page-floor.js';
import { loadDashboard } from './dashboard-stream.js';
import { withFreshConnections } from './fresh-connections.js';
import { timedRequest } from './http-client.js';
import type { SideSamples } from './interleaved-phases.js';
import { runInterleaved, samplesOf } from './interleaved-phases.js';

/** The three metadata requests Superset's dashboard page sends before any chart's data. */
function metadataPaths(dashboardId: number): string[] {
  const base = `${DASHBOARD_API_PATH}${dashboardId}`;
  return [base, `${base}/charts`, `${base}/datasets`];
}

async function fetchMetadata(product: ChartProduct, dashboardId: number, agent: Agent) {
  const timings = await Promise.all(
    metadataPaths(dashboardId).map((path) =>
      timedRequest(
        { port: product.server.port, method: 'GET', path, token: product.token, agent },
        () => undefined,
      ),
    ),
  );
  const refused = timings.find((timing) => timing.status !== 200);
  if (refused !== undefined) {
    throw new Error(`dashboard ${dashboardId} metadata answered ${refused.status}`);
  }
}

/**
 * Superset's page load (performance.md §5.3): the three metadata GETs, then every chart's
 * POST /api/v1/chart/data, at most `agent`'s sockets in flight; first request to last byte.
 */
async function supersetPageLoad(
  product: ChartProduct,
  dashboard: BenchDashboard,
  agent: Agent,
): Promise<number> {
  const startedAt = performance.now();
  await fetchMetadata(product, dashboard.id, agent);
  await Promise.all(
    dashboard.tiles.map((tile) => postChartData(product, tile.prepared.chart, false, agent)),
  );
  return performance.now() - startedAt;
}

/** Our page load: the same metadata, then the one request; first request to the last tile. */
async function oneRequestPageLoad(
  product: ChartProduct,
  dashboard: BenchDashboard,
  agent: Agent,
): Promise<number> {
  const startedAt = performance.now();
  await fetchMetadata(product, dashboard.id, agent);
  const metadataMs = performance.now() - startedAt;
  const load = await loadDashboard(product, dashboard.id, { force: false, agent });
  return metadataMs + load.lastTileMs;
}

const CAPPED = 'Superset requests, 6 in flight';
const ALL = 'Superset requests, all in flight';
const OURS = 'metadata + one request';
const FLOOR = 'tiles from Redis GET + node:http';
/** A browser's connections per host over HTTP/1.1. */
const BROWSER_CONNECTIONS = 6;
/**
 * R3w (performance.md §5.7), absolute: the whole warm sequence (3 metadata + 12 cached
 * charts) within 15 ms p50 for one user (a browser's 6 connections), 5 ms with all in flight.
 */
const BROWSER_TARGET = { limit: 15, direction: 'lower-is-better', ratio: 'R3w' } as const;
const ALL_IN_FLIGHT_TARGET = { limit: 5, direction: 'lower-is-better', ratio: 'R3w' } as const;

/**
 * R3w (performance.md §5.6-5.7): the whole warm page load of a dashboard, Superset's way
 * with a browser's 6 connections and with every chart in flight, and ours (metadata, then
 * the one request), against the sum of the tiles' cached floors (Redis GET + node:http of
 * each tile's answer size) divided by the requests in flight; the sides alternate.
 */
export async function measureWarmSequences(
  context: ScenarioContext,
  session: DashboardSession,
  dashboard: BenchDashboard,
): Promise<Measurement[]> {
  const { product } = session.charts;
  const port = product.server.port;
  const { rounds, phase } = warmPlan(context.quick);
  const charts = dashboard.tiles.length;
  const side = (name: string, sockets: number, load: typeof supersetPageLoad) => ({
    name,
    run: () =>
      withFreshConnections(port, sockets, (agent) =>
        repeatSamples(phase, () => load(product, dashboard, agent)),
      ),
  });
  const floor = await startPageFloor(product, dashboard);
  let samples: Map<string, SideSamples>;
  try {
    samples = await runInterleaved(
      rounds,
      [
        side(CAPPED, BROWSER_CONNECTIONS, supersetPageLoad),
        side(ALL, charts, supersetPageLoad),
        side(OURS, 3, oneRequestPageLoad),
        {
          name: FLOOR,
          run: () =>
            withFreshConnections(floor.port, 1, (agent) =>
              repeatSamples(phase, () => floor.sumOfTiles(agent)),
            ),
        },
      ],
      (round, medians) =>
        context.log(
          `${dashboard.label} warm page, round ${round + 1}: ` +
            [CAPPED, ALL, OURS, FLOOR].map((name) => `${name} ${ms(medians.get(name))}`).join(', '),
        ),
    );
  } finally {
    await floor.stop();
  }
  const capped = samplesOf(samples, CAPPED);
  const all = samplesOf(samples, ALL);
  const ours = samplesOf(samples, OURS);
  const tiles = samplesOf(samples, FLOOR);
  const label = `${dashboard.label} warm page`;
  const requests = `3 metadata + ${charts} chart data`;
  const perFlight = (inFlight: number) => tiles.roundMediansMs.map((sum) => sum / inFlight);
  return [
    checkedMeasurement(
      DASHBOARD_WARM,
      `${label}: Superset's requests (${requests}), ${BROWSER_CONNECTIONS} in flight`,
      'ms',
      capped.latenciesMs,
      BROWSER_TARGET,
    ),
    checkedMeasurement(
      DASHBOARD_WARM,
      `${label}: Superset's requests (${requests}), ${charts} in flight`,
      'ms',
      all.latenciesMs,
      ALL_IN_FLIGHT_TARGET,
    ),
    measurement(DASHBOARD_WARM, `${label}: 3 metadata + one request`, 'ms', ours.latenciesMs),
    measurement(
      DASHBOARD_WARM,
      `${label}: floor (sum of the ${charts} tiles' Redis GET + node:http)`,
      'ms',
      tiles.latenciesMs,
    ),
    pairedRatio(
      DASHBOARD_WARM,
      `${label}: Superset's requests ${BROWSER_CONNECTIONS} in flight / (tiles' floor / ${BROWSER_CONNECTIONS})`,
      capped.roundMediansMs,
      perFlight(BROWSER_CONNECTIONS),
    ),
    pairedRatio(
      DASHBOARD_WARM,
      `${label}: Superset's requests ${charts} in flight / (tiles' floor / ${charts})`,
      all.roundMediansMs,
      perFlight(charts),
    ),
    pairedRatio(
      DASHBOARD_WARM,
      `${label}: one request / Superset's requests ${BROWSER_CONNECTIONS} in flight`,
      ours.roundMediansMs,
      capped.roundMediansMs,
    ),
  ];
}

function ms(value: number | undefined): string {
  return value === undefined ? '?' : `${value.toFixed(1)} ms`;
}
