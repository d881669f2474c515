import { performance } from 'node:perf_hooks';
import pg from 'pg';
import type { Measurement } from '../measurement.js';
import { measurement, pairedRatio } from '../measurement.js';
import type { ScenarioContext } from '../scenario-types.js';
import { CHART_POSTGRES_URI } from './chart-data-session.js';
import type { ChartRows } from './dashboard-answers.js';
import { requireSameRows } from './dashboard-answers.js';
import type { FilterChange } from './dashboard-filter-changes.js';
import {
  prepareFilterChange,
  requireFilterChangeLoad,
  requireFilteredAnswers,
} from './dashboard-filter-changes.js';
import { filteredDataCharts, loadDashboardCharts } from './dashboard-filter-load.js';
import {
  DASHBOARD_FILTER,
  FILTERED_POSITIONS,
  ZONES_PER_SET,
  tileExtras,
} from './dashboard-filter-scope.js';
import { repeatSamples } from './dashboard-phases.js';
import type { BenchDashboard } from './dashboard-session.js';
import { openDashboardSession } from './dashboard-session.js';
import type { DashboardLoad } from './dashboard-stream.js';
import { withFreshConnections } from './fresh-connections.js';
import type { SideSamples } from './interleaved-phases.js';
import { runInterleaved, samplesOf } from './interleaved-phases.js';

const FILTER_CHANGE = 'filter change';
const FILTERED_SQL = 'the filtered SQL at once';
const ONCE = { minSamples: 1, minDurationMs: 0 };

/**
 * R3 (performance.md §5.7) for the filter-change path: the load that re-runs the filtered
 * charts within 1.10x their SQL run at once on the driver; the cached tiles must cost nothing.
 */
const FILTER_TARGET = { limit: 1.1, direction: 'lower-is-better', ratio: 'R3' } as const;

/** One filter change per side and round: each reload runs seconds of SQL on two cores. */
export function filterRounds(quick: boolean): number {
  return quick ? 2 : 5;
}

/** Throws unless every tile came from the cache with its rows alone (the filter cleared). */
function requireWarm(dashboard: BenchDashboard, load: DashboardLoad): void {
  requireSameRows(dashboard, load.results);
  const { queries_executed: executed, queries_cached: cached } = load.done;
  if (executed !== 0 || cached !== dashboard.tiles.length) {
    throw new Error(
      `${dashboard.label}: the warm load before a filter change ran ${executed} queries and ` +
        `took ${cached} from the cache, expected 0 and ${dashboard.tiles.length}`,
    );
  }
}

function zonesText(change: FilterChange): string {
  return `zones ${change.zones[0]}..${change.zones.at(-1)}`;
}

/**
 * Scenario D-filter: the design's 12-chart dashboard, warm, then reloaded through its one
 * request after its native filter changes to `pickup_zone IN (20 zones never chosen
 * before)` (the trips table has no city; the design's city filter becomes the pickup zone)
 * on charts 3-8 and 11-12: eight misses and four hits, each tile's query context built as
 * the page builds it. Against the eight filtered statements (the SQL the product reports)
 * run at once on the driver, one connection each, the two alternated round by round.
 */
export async function measureDashboardFilter(context: ScenarioContext): Promise<Measurement[]> {
  const session = await openDashboardSession(context);
  const dashboard = session.design;
  const { product } = session.charts;
  const pool = new pg.Pool({
    connectionString: CHART_POSTGRES_URI,
    max: FILTERED_POSITIONS.length,
    idleTimeoutMillis: 0,
  });
  try {
    await Promise.all(FILTERED_POSITIONS.map(() => pool.query('SELECT 1')));
    const rounds = filterRounds(context.quick);
    const changes: FilterChange[] = [];
    for (let index = 0; index < rounds; index++) {
      changes.push(await prepareFilterChange(product, dashboard, index));
    }
    const cleared = filteredDataCharts(
      product.datasetId,
      dashboard,
      tileExtras(dashboard.tiles.length, undefined),
    );
    const first = await loadDashboardCharts(product, dashboard.id, cleared);
    requireSameRows(dashboard, first.results);
    context.log(
      `${dashboard.label}: first load with the filter cleared ran ${first.done.queries_executed} ` +
        `queries, ${first.done.queries_cached} cached (${ms(first.lastTileMs)})`,
    );

    const loads: DashboardLoad[] = [];
    const driverRows: ChartRows[][] = [];
    const samples = await runInterleaved(
      rounds,
      [
        {
          name: FILTER_CHANGE,
          run: () =>
            withFreshConnections(product.server.port, 1, (agent) =>
              repeatSamples(ONCE, async () => {
                const change = changeOf(changes, loads.length);
                requireWarm(
                  dashboard,
                  await loadDashboardCharts(product, dashboard.id, cleared, agent),
                );
                const load = await loadDashboardCharts(product, dashboard.id, change.charts, agent);
                requireFilterChangeLoad(dashboard, change, load);
                loads.push(load);
                return load.lastTileMs;
              }),
            ),
        },
        {
          name: FILTERED_SQL,
          run: () =>
            repeatSamples(ONCE, async () => {
              const change = changeOf(changes, driverRows.length);
              const startedAt = performance.now();
              const results = await Promise.all(
                change.filtered.map((tile) =>
                  pool.query<Record<string, unknown>>(tile.prepared.sql),
                ),
              );
              const wallMs = performance.now() - startedAt;
              driverRows.push(results.map((result) => result.rows));
              return wallMs;
            }),
        },
      ],
      (round, medians) =>
        context.log(
          `${dashboard.label} filter change ${round + 1} (${zonesText(changeOf(changes, round))}): ` +
            `every tile ${ms(medians.get(FILTER_CHANGE))}, first tile ` +
            `${ms(loads[round]?.firstTileMs)}, the ${FILTERED_POSITIONS.length} filtered SQL at once ` +
            `${ms(medians.get(FILTERED_SQL))}`,
        ),
    );
    for (const [round, change] of changes.entries()) {
      const load = loads[round];
      if (load === undefined) throw new Error(`filter change ${round + 1} was not loaded`);
      requireFilteredAnswers(change, load, driverRows[round] ?? []);
    }
    return filterMeasurements(dashboard, loads, samples);
  } finally {
    await pool.end();
    await session.dispose();
  }
}

function filterMeasurements(
  dashboard: BenchDashboard,
  loads: readonly DashboardLoad[],
  samples: ReadonlyMap<string, SideSamples>,
): Measurement[] {
  const change = samplesOf(samples, FILTER_CHANGE);
  const floor = samplesOf(samples, FILTERED_SQL);
  const filtered = FILTERED_POSITIONS.length;
  const label = `${dashboard.label}, pickup_zone IN (${ZONES_PER_SET} new zones) on ${filtered}`;
  return [
    measurement(
      DASHBOARD_FILTER,
      `${label}: one request, every tile arrived`,
      'ms',
      change.latenciesMs,
    ),
    measurement(
      DASHBOARD_FILTER,
      `${label}: one request, first tile`,
      'ms',
      loads.map((load) => load.firstTileMs),
    ),
    measurement(
      DASHBOARD_FILTER,
      `${label}: floor (pg, the ${filtered} filtered statements at once, one connection each)`,
      'ms',
      floor.latenciesMs,
    ),
    pairedRatio(
      DASHBOARD_FILTER,
      `${label}: one request / the filtered SQL at once`,
      change.roundMediansMs,
      floor.roundMediansMs,
      FILTER_TARGET,
    ),
    measurement(
      DASHBOARD_FILTER,
      `${label}: queries executed (done line)`,
      'count',
      loads.map((load) => load.done.queries_executed),
    ),
    measurement(
      DASHBOARD_FILTER,
      `${label}: queries from the cache (done line)`,
      'count',
      loads.map((load) => load.done.queries_cached),
    ),
  ];
}

/** The change of a round, or a clear error if a side ran more rounds than were prepared. */
function changeOf(changes: readonly FilterChange[], round: number): FilterChange {
  const change = changes[round];
  if (change === undefined) throw new Error(`no filter change prepared for round ${round + 1}`);
  return change;
}

function ms(value: number | undefined): string {
  return value === undefined ? '?' : `${value.toFixed(0)} ms`;
}
