import pg from 'pg';
import type { Measurement } from '../measurement.js';
import { checkedMeasurement, measurement } from '../measurement.js';
import type { RatioTarget } from '../ratios.js';
import { benchDataset, TRIPS_TABLE } from '../dataset/dataset-contract.js';
import type { ScenarioContext } from '../scenario-types.js';
import type { ChartQuery } from './chart-data-queries.js';
import { CHART_QUERIES } from './chart-data-queries.js';
import { CHART_POSTGRES_URI, openChartSession } from './chart-data-session.js';
import { STAMPEDE, STAMPEDE_CLIENTS, stampedeRounds } from './stampede-arithmetic.js';
import type { StampedeRound } from './stampede-round.js';
import { runRound } from './stampede-round.js';
import { rowsReadByOneExecution } from './stampede-read-unit.js';

/**
 * The stampede's query, chosen here only: the design's Q04 (performance.md §5.4), the trips
 * joined to their riders (a virtual dataset) grouped by city x segment over a quarter.
 */
const STAMPEDE_QUERY = {
  chart: chartById('Q04'),
  name: 'Q04 (trips joined to riders, city x segment)',
} as const;

/** R6 (performance.md §5.7): the 64 identical misses reach the database exactly once... */
const EXECUTIONS_TARGET: RatioTarget = { limit: 1, direction: 'lower-is-better', ratio: 'R6' };
/** ...and the slowest of them waits at most 5 ms longer than the SQL alone on the driver. */
const OVER_FLOOR_TARGET: RatioTarget = { limit: 5, direction: 'lower-is-better', ratio: 'R6' };

function chartById(id: string): ChartQuery {
  const found = CHART_QUERIES.find((chart) => chart.id === id);
  if (found === undefined) throw new Error(`no chart query "${id}"`);
  return found;
}

/**
 * Scenario X (R6 coalescing): 64 clients ask at once for the same chart data nobody has
 * asked for yet. Single flight should run the query once and answer all 64 with its result;
 * PostgreSQL's count of the rows read from the table (in the unit of one execution's) says
 * how many times it ran, and the slowest answer is held to the driver running the SQL alone.
 */
export async function measureStampede(context: ScenarioContext): Promise<Measurement[]> {
  const session = await openChartSession(
    context,
    [STAMPEDE_QUERY.chart],
    benchDataset(context.quick),
  );
  const pool = new pg.Pool({ connectionString: CHART_POSTGRES_URI, max: 2, idleTimeoutMillis: 0 });
  try {
    const base = session.charts[0];
    if (base === undefined) throw new Error('the session prepared no chart');
    const trips = { schema: session.dataset.schema, table: TRIPS_TABLE };
    const unit = await rowsReadByOneExecution(pool, trips, base.sql);
    if (unit.rows !== base.chart.sqlRows) {
      throw new Error(`${base.chart.id}: the driver read ${unit.rows} rows`);
    }
    const rowsPerExecution = unit.rowsRead;
    context.log(
      `${STAMPEDE_QUERY.name}: one execution reads ` +
        `${rowsPerExecution.toLocaleString('en')} rows of ${trips.schema}.${trips.table}`,
    );
    const setup = {
      name: STAMPEDE_QUERY.name,
      product: session.product,
      pool,
      base,
      trips,
      rowsPerExecution,
    };
    const rounds: StampedeRound[] = [];
    for (let round = 0; round < stampedeRounds(context.quick); round++) {
      rounds.push(await runRound(context, setup, round));
    }
    return stampedeMeasurements(rounds);
  } finally {
    await pool.end();
    await session.dispose();
  }
}

function stampedeMeasurements(rounds: readonly StampedeRound[]): Measurement[] {
  const label = `${STAMPEDE_QUERY.name}, ${STAMPEDE_CLIENTS} identical requests at once`;
  const each = <T>(pick: (round: StampedeRound) => T): T[] => rounds.map(pick);
  const disturbed = rounds.filter((round) => round.activity.others > 0).length;
  const disturbance =
    disturbed === 0
      ? ''
      : `, ${disturbed} of ${rounds.length} counts disturbed by other sessions reading the table`;
  return [
    checkedMeasurement(
      STAMPEDE,
      `${label}: DB executions (rows read from the table / one execution's)${disturbance}`,
      'count',
      each((round) => round.executions),
      EXECUTIONS_TARGET,
    ),
    measurement(
      STAMPEDE,
      `${label}: DB executions seen running in pg_stat_activity (cross-check)`,
      'count',
      each((round) => round.activity.executions),
    ),
    measurement(
      STAMPEDE,
      `${label}: other sessions' statements on the table while the rows read were counted`,
      'count',
      each((round) => round.activity.others),
    ),
    measurement(
      STAMPEDE,
      `${label}: answers served from the cache`,
      'count',
      each((round) => round.cachedAnswers),
    ),
    measurement(
      STAMPEDE,
      `${label}: latency of every request`,
      'ms',
      rounds.flatMap((round) => round.latenciesMs),
    ),
    measurement(
      STAMPEDE,
      `${label}: p50`,
      'ms',
      each((round) => round.latency.p50Ms),
    ),
    measurement(
      STAMPEDE,
      `${label}: p99`,
      'ms',
      each((round) => round.latency.p99Ms),
    ),
    measurement(
      STAMPEDE,
      `${STAMPEDE_QUERY.name}: floor (pg, the SQL alone)`,
      'ms',
      each((round) => round.floorMs),
    ),
    measurement(
      STAMPEDE,
      `${STAMPEDE_QUERY.name}: one request alone, uncached (another fresh key)`,
      'ms',
      each((round) => round.aloneMs),
    ),
    checkedMeasurement(
      STAMPEDE,
      `${label}: p99 - floor`,
      'ms',
      each((round) => round.latency.p99OverFloorMs),
      OVER_FLOOR_TARGET,
    ),
  ];
}
