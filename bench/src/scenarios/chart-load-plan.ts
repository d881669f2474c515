import type { RatioTarget } from '../ratios.js';
import type { LoadResult } from './closed-loop.js';

/**
 * How much load scenarios U and C put on each chart query, and what their ratios are held to
 * (performance.md §5.5-5.7). Kept apart from the scenarios so the arithmetic has its tests.
 */

/** The design's concurrency levels: 1, 8 and 64 clients; `--quick` stops at 8. */
export function chartConcurrencies(quick: boolean): readonly number[] {
  return quick ? [1, 8] : [1, 8, 64];
}

/**
 * The shapes measured uncached at 64 clients: the fast ones. On two cores a wave of 64 cold
 * Q02 full scans alone takes minutes (one is ~4 s), so the rest would spend the run's
 * budget on queueing inside PostgreSQL, which says nothing about the product.
 */
export const UNCACHED_C64_QUERIES: readonly string[] = ['Q03', 'Q08', 'Q10'];

/**
 * The shape `--quick` measures at 1 client only: Q06's 100k rows are as many on the 1M
 * rows as on the 10M, and 8 of them at once take ~25 s uncached, ~10 s cached, which
 * would double the quick budget (90 s for U and C) on their own.
 */
export const QUICK_SINGLE_CLIENT_QUERIES: readonly string[] = ['Q06'];

function measuresInQuick(chartId: string, concurrency: number, quick: boolean): boolean {
  return !quick || concurrency === 1 || !QUICK_SINGLE_CLIENT_QUERIES.includes(chartId);
}

/** Whether scenario U measures `chartId` at `concurrency` clients. */
export function measuresUncached(chartId: string, concurrency: number, quick: boolean): boolean {
  return (
    measuresInQuick(chartId, concurrency, quick) &&
    (concurrency < 64 || UNCACHED_C64_QUERIES.includes(chartId))
  );
}

/** Whether scenario C measures `chartId` at `concurrency` clients: all ten, but Q06 in quick. */
export function measuresCached(chartId: string, concurrency: number, quick: boolean): boolean {
  return measuresInQuick(chartId, concurrency, quick);
}

/** Rounds of one uncached chart, and the requests each client sends per phase. */
export interface UncachedPlan {
  readonly rounds: number;
  readonly requestsPerClient: number;
}

/**
 * At 1 client a round is one request per side (the ratio is then per pair). With more, a
 * round is one wave: one request per client per side, as 8 cold Q02 take ~20 s per side on
 * the 10M rows, and 8 Q06 (100k rows each) ~18 s for both sides even on the 1M rows.
 */
export function uncachedPlan(quick: boolean, concurrency: number): UncachedPlan {
  if (concurrency === 1) return { rounds: quick ? 3 : 5, requestsPerClient: 1 };
  return { rounds: 1, requestsPerClient: 1 };
}

/**
 * The pgbench floor's share of a round of U: at 1 client as many transactions as the API
 * phase sends (its latency average is the round's sample); with more, one transaction per
 * client, a wave like the API's (its tps is the round's throughput).
 */
/**
 * The most clients pgbench runs with. At 64 the driver's pool holds 64 connections and the
 * product its own, so 64 more from pgbench would pass PostgreSQL's max_connections (100):
 * at 64 clients the ratio is to the driver only (the design sets no R1 target there).
 */
export const PGBENCH_MAX_CLIENTS = 8;

/** Whether scenario U runs pgbench beside the API at `concurrency` clients. */
export function runsPgbench(concurrency: number): boolean {
  return concurrency <= PGBENCH_MAX_CLIENTS;
}

export function pgbenchPlan(
  concurrency: number,
  requestsPerClient: number,
): { clients: number; transactionsPerClient: number } {
  return {
    clients: concurrency,
    transactionsPerClient: concurrency === 1 ? requestsPerClient : 1,
  };
}

/**
 * Rounds, and the least time each side's phase of a round lasts (a phase also sends at
 * least one request per client). Cached answers come in milliseconds, except Q06's 100k
 * rows (~24 MB): 64 of them take the product a minute or more on two cores, hence one
 * round with more clients.
 */
export function cachedPlan(
  quick: boolean,
  concurrency: number,
): { rounds: number; phaseMs: number } {
  return { rounds: concurrency === 1 ? (quick ? 2 : 3) : 1, phaseMs: quick ? 200 : 600 };
}

/** Answers per second of one phase: the requests that succeeded over its wall time. */
export function throughput(result: Pick<LoadResult, 'latenciesMs' | 'wallMs'>): number {
  if (!(result.wallMs > 0)) throw new RangeError(`a phase lasts > 0 ms, got ${result.wallMs}`);
  return (result.latenciesMs.length * 1000) / result.wallMs;
}

/** Wraps a side's phase so that it also keeps its throughput, in the order the rounds ran. */
export function keepingThroughput(
  kept: number[],
  phase: () => Promise<LoadResult>,
): () => Promise<LoadResult> {
  return async () => {
    const result = await phase();
    kept.push(throughput(result));
    return result;
  };
}

/** The raw 100k rows (Q06): its R1 is held to 2x, not to the aggregated queries' 2%. */
const RAW_ROWS_QUERY = 'Q06';
/** The filter values (Q10, ~18 ms): a fixed cost weighs more, so R1 allows 5%. */
const FILTER_VALUES_QUERY = 'Q10';

/**
 * R1 (performance.md §5.7) of one uncached chart at `concurrency` clients, over the DB
 * floor (pgbench, the database's own time; §4.1-4.2): at 1 client the API's p50 over
 * pgbench's (≤ 1.02 aggregated, ≤ 1.05 Q10, ≤ 2.0 Q06); at 8 clients the API's throughput
 * over pgbench's (≥ 0.95, aggregated shapes only). The design sets no
 * target at 64 clients, nor for Q06's throughput: those ratios are reported without one.
 */
export function uncachedTarget(chartId: string, concurrency: number): RatioTarget | undefined {
  if (concurrency === 1) {
    const limit = chartId === RAW_ROWS_QUERY ? 2 : chartId === FILTER_VALUES_QUERY ? 1.05 : 1.02;
    return { limit, direction: 'lower-is-better', ratio: 'R1' };
  }
  if (concurrency === 8 && chartId !== RAW_ROWS_QUERY) {
    return { limit: 0.95, direction: 'higher-is-better', ratio: 'R1' };
  }
  return undefined;
}

/**
 * R2 (performance.md §5.7) of one cached chart: at 1 client the API's p50 within 1.2x of
 * the Redis GET + node:http floor's; with more, at least 0.8x the floor's throughput.
 */
export function cachedTarget(concurrency: number): RatioTarget {
  return concurrency === 1
    ? { limit: 1.2, direction: 'lower-is-better', ratio: 'R2' }
    : { limit: 0.8, direction: 'higher-is-better', ratio: 'R2' };
}
