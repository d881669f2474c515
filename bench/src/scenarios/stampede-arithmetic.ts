import { summarize } from '../stats.js';

/** Scenario id, as in the registry and the results. */
export const STAMPEDE = 'X';

/** The design's burst (performance.md §5.4): 64 virtual users at once. */
export const STAMPEDE_CLIENTS = 64;

/**
 * Rounds of the stampede. Each counts its database executions through PostgreSQL's table
 * statistics, which costs two waits of 11 s for the statistics to be published, so three
 * rounds (one with `--quick`) keep the scenario within 2.5 minutes.
 */
export function stampedeRounds(quick: boolean): number {
  return quick ? 1 : 3;
}

/**
 * The `chartVariant` indexes of a round: two cache keys nobody has used in this run, one for
 * the burst and one for a request alone. Variant 0 ends its range at midnight, the very
 * instant the chart's own range ends, so its SQL and cache key are the chart's own, which
 * the session already ran (and cached); rounds use 1 and up.
 */
export function roundVariants(round: number): { burst: number; alone: number } {
  if (!Number.isInteger(round) || round < 0) {
    throw new RangeError(`a round is a whole number from 0, got ${round}`);
  }
  return { burst: 2 * round + 1, alone: 2 * round + 2 };
}

/** Thrown when a count of rows read cannot be turned into executions. */
export class InvalidReadCountError extends Error {
  override readonly name = 'InvalidReadCountError';
}

/**
 * Database executions from PostgreSQL's count of the rows read from the table: the rows the
 * stampede read divided by the rows one execution of the same SQL reads.
 */
export function executionsFromRowsRead(rowsRead: number, rowsPerExecution: number): number {
  if (!Number.isInteger(rowsRead) || rowsRead < 0) {
    throw new InvalidReadCountError(`rows read must be a whole number >= 0, got ${rowsRead}`);
  }
  if (!Number.isInteger(rowsPerExecution) || rowsPerExecution < 1) {
    throw new InvalidReadCountError(
      `one execution must read at least one row of the table, counted ${rowsPerExecution}`,
    );
  }
  return rowsRead / rowsPerExecution;
}

/**
 * The `quantile` of the samples by the nearest rank, as `stats.ts` computes p95: a value
 * that was observed. The p99 of 64 samples is their largest.
 */
export function nearestRank(samples: readonly number[], quantile: number): number {
  if (samples.length === 0) throw new RangeError('no samples');
  if (!(quantile > 0 && quantile <= 1)) {
    throw new RangeError(`a quantile is in (0, 1], got ${quantile}`);
  }
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil(quantile * sorted.length));
  return sorted[rank - 1] ?? NaN;
}

/** One round's latency summary of the burst against the driver running the SQL alone. */
export interface RoundLatency {
  readonly p50Ms: number;
  readonly p99Ms: number;
  /** R6's second half (performance.md §5.7): what the slowest of the burst paid above the floor. */
  readonly p99OverFloorMs: number;
}

/** The median and p99 of a burst's latencies, and how far the p99 is above the round's floor. */
export function roundLatency(latenciesMs: readonly number[], floorMs: number): RoundLatency {
  if (!Number.isFinite(floorMs) || floorMs <= 0) {
    throw new RangeError(`a floor is a time > 0 ms, got ${floorMs}`);
  }
  const p99Ms = nearestRank(latenciesMs, 0.99);
  return { p50Ms: summarize(latenciesMs).median, p99Ms, p99OverFloorMs: p99Ms - floorMs };
}
