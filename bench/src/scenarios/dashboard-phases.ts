import { performance } from 'node:perf_hooks';
import type { LoadResult } from './closed-loop.js';

/** Scenario ids, as in the registry and the results. */
export const DASHBOARD_COLD = 'D-cold';
export const DASHBOARD_WARM = 'D-warm';

/** How long one side's phase of a round lasts: at least this many samples and this long. */
export interface RepeatPlan {
  readonly minSamples: number;
  readonly minDurationMs: number;
}

/**
 * One client repeating `once` back to back until the plan is met; each call returns its own
 * sample (a tile's arrival, the slowest of several requests), which is what the phase
 * records, rather than the call's wall time. The first failure ends the phase.
 */
export async function repeatSamples(
  plan: RepeatPlan,
  once: () => Promise<number>,
): Promise<LoadResult> {
  const latenciesMs: number[] = [];
  const startedAt = performance.now();
  while (
    latenciesMs.length < plan.minSamples ||
    performance.now() - startedAt < plan.minDurationMs
  ) {
    latenciesMs.push(await once());
  }
  return { latenciesMs, wallMs: performance.now() - startedAt, failures: [] };
}

/** D-warm's rounds, and each side's phase per round. */
export function warmPlan(quick: boolean): { rounds: number; phase: RepeatPlan } {
  return quick
    ? { rounds: 3, phase: { minSamples: 3, minDurationMs: 250 } }
    : { rounds: 6, phase: { minSamples: 5, minDurationMs: 600 } };
}

/**
 * D-cold's rounds: one cold load per side and round (a load of the 12 charts takes seconds
 * on two cores); and how often the 50-chart dashboard's queries are counted (each count
 * waits twice for PostgreSQL to publish its statistics, so `--quick` does not count).
 */
export function coldPlan(quick: boolean): { rounds: number; dedupeRounds: number } {
  return quick ? { rounds: 2, dedupeRounds: 0 } : { rounds: 5, dedupeRounds: 3 };
}
