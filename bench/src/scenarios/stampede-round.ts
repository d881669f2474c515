import { performance } from 'node:perf_hooks';
import type pg from 'pg';
import type { ScenarioContext } from '../scenario-types.js';
import type { ChartProduct } from './chart-data-product.js';
import type { ChartQuery } from './chart-data-queries.js';
import { chartVariant } from './chart-data-queries.js';
import type { PreparedChart } from './chart-answer-check.js';
import { chartDataResult, columnSum } from './chart-data-result.js';
import { rowsReadDuring } from './dashboard-db-count.js';
import type { WatchedActivity } from './stampede-activity.js';
import { watchActivity } from './stampede-activity.js';
import type { BurstAnswer, ExpectedAnswer } from './stampede-answers.js';
import { checkStampedeAnswers } from './stampede-answers.js';
import type { RoundLatency } from './stampede-arithmetic.js';
import {
  executionsFromRowsRead,
  roundLatency,
  roundVariants,
  STAMPEDE_CLIENTS,
} from './stampede-arithmetic.js';
import { sendBurst } from './stampede-burst.js';
import type { TableName } from './stampede-read-unit.js';

/** What every round works with. */
export interface StampedeSetup {
  /** The query's name in logs and metrics. */
  readonly name: string;
  readonly product: ChartProduct;
  readonly pool: pg.Pool;
  /** The query as the session prepared it: its SQL, already run (and cached) once. */
  readonly base: PreparedChart;
  /** The fact table of the session's dataset, whose rows read are counted. */
  readonly trips: TableName;
  /** The rows of the table one execution of the query reads (the unit of the count). */
  readonly rowsPerExecution: number;
}

/** What one round observed. */
export interface StampedeRound {
  readonly latency: RoundLatency;
  readonly latenciesMs: readonly number[];
  /** The driver running the round's SQL alone. */
  readonly floorMs: number;
  /** One request alone for another fresh variant: the product's uncached path unshared. */
  readonly aloneMs: number;
  /** By the rows read from the table, in the unit of one execution's. */
  readonly executions: number;
  /** What the activity view showed over the counted window (see watchActivity). */
  readonly activity: WatchedActivity;
  readonly cachedAnswers: number;
}

/** The stock driver runs the SQL alone (as scenario U's floor): the time, and the checksum. */
async function runFloor(
  pool: pg.Pool,
  chart: ChartQuery,
  sql: string,
): Promise<{ ms: number; sum: number }> {
  const startedAt = performance.now();
  const result = await pool.query<Record<string, unknown>>(sql);
  const ms = performance.now() - startedAt;
  if (result.rows.length !== chart.sqlRows) {
    throw new Error(`${chart.id}: the driver read ${result.rows.length} rows`);
  }
  return { ms, sum: columnSum(result.rows, chart.checksumColumn) };
}

/** The SQL the product runs for a chart query, without running it (result_type "query"). */
async function sqlOf(product: ChartProduct, chart: ChartQuery): Promise<string> {
  const { result } = await chartDataResult(product, chart, { force: false, resultType: 'query' });
  return result.query;
}

/**
 * One round: a variant of the query nobody asked for yet (an empty cache for it), 64
 * identical requests at once, counted by the rows PostgreSQL read from the table and by its activity view;
 * beside it, outside the counted window, the driver running the same SQL alone and one
 * request alone for another fresh variant, before the burst in even rounds and after it in
 * odd ones, so a drifting machine weighs on both alike. Every answer must carry the
 * driver's checksum (the variants all answer the chart's rows).
 */
export async function runRound(
  context: ScenarioContext,
  setup: StampedeSetup,
  round: number,
): Promise<StampedeRound> {
  const { product, pool, base, trips, rowsPerExecution } = setup;
  const variants = roundVariants(round);
  const chart = chartVariant(base.chart, variants.burst);
  const aloneChart = chartVariant(base.chart, variants.alone);
  const sql = await sqlOf(product, chart);
  if (sql === base.sql)
    throw new Error(`${chart.id}: the round's variant runs the chart's own SQL`);

  let answers: BurstAnswer[] = [];
  let rowsRead = 0;
  // Watched over the whole counted window, statistics waits included: a statement another
  // session ran then may be in the count.
  const burst = () =>
    watchActivity(pool, { sql, table: trips }, async () => {
      rowsRead = await rowsReadDuring(pool, trips, async () => {
        answers = await sendBurst(product, chart, STAMPEDE_CLIENTS);
      });
    });
  const alongside = async () => {
    const floor = await runFloor(pool, chart, sql);
    const alone = await sendBurst(product, aloneChart, 1);
    return { floor, alone };
  };
  let side: Awaited<ReturnType<typeof alongside>>;
  let activity: WatchedActivity;
  if (round % 2 === 0) {
    side = await alongside();
    activity = await burst();
  } else {
    activity = await burst();
    side = await alongside();
  }
  const executions = executionsFromRowsRead(rowsRead, rowsPerExecution);

  const expected: ExpectedAnswer = {
    chartId: chart.id,
    apiRows: chart.apiRows,
    checksumColumn: chart.checksumColumn,
    driverSum: side.floor.sum,
  };
  const { cached } = checkStampedeAnswers(answers, expected);
  const alone = checkStampedeAnswers(side.alone, expected);
  if (alone.cached > 0) throw new Error(`${chart.id}: the request alone was a cache hit`);
  const latenciesMs = answers.map((answer) => answer.latencyMs);
  const latency = roundLatency(latenciesMs, side.floor.ms);
  const aloneMs = side.alone[0]?.latencyMs ?? NaN;
  context.log(
    `${setup.name}, round ${round + 1}: ${answers.length} answers 200 with the driver's ` +
      `checksum (${cached} from the cache); ${executions.toFixed(2)} DB executions by the ` +
      `rows read (${rowsRead.toLocaleString('en')}), ${activity.executions} seen running` +
      (activity.others > 0
        ? ` (the count is disturbed: ${activity.others} other statements on ${trips.schema}.${trips.table})`
        : '') +
      `; p50 ${ms(latency.p50Ms)}, p99 ${ms(latency.p99Ms)}; ` +
      `floor ${ms(side.floor.ms)}, p99 - floor ${ms(latency.p99OverFloorMs)}; ` +
      `one request alone ${ms(aloneMs)}`,
  );
  return {
    latency,
    latenciesMs,
    floorMs: side.floor.ms,
    aloneMs,
    executions,
    activity,
    cachedAnswers: cached,
  };
}

function ms(value: number): string {
  return `${value.toFixed(1)} ms`;
}
