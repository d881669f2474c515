import type { LoadResult } from './closed-loop.js';
import { summarize } from '../stats.js';

/** One side of a comparison (the product, or a floor): runs one phase of load. */
export interface PhaseSide {
  readonly name: string;
  readonly run: () => Promise<LoadResult>;
}

/** What the rounds observed per side: every latency, and each round's median. */
export interface SideSamples {
  readonly latenciesMs: number[];
  readonly roundMediansMs: number[];
  /** Messages of the requests that failed (tolerated by the side's phase). */
  readonly failures: string[];
}

/**
 * Runs `rounds` rounds of one phase per side, the order reversed every other round, so the
 * drift of a shared machine lands on every side alike (performance.md §4.3). Returns the
 * samples of each side by name.
 */
export async function runInterleaved(
  rounds: number,
  sides: readonly PhaseSide[],
  onRound?: (round: number, medians: ReadonlyMap<string, number>) => void,
): Promise<Map<string, SideSamples>> {
  const samples = new Map<string, SideSamples>(
    sides.map((side) => [side.name, { latenciesMs: [], roundMediansMs: [], failures: [] }]),
  );
  for (let round = 0; round < rounds; round++) {
    const ordered = round % 2 === 0 ? sides : [...sides].reverse();
    const medians = new Map<string, number>();
    for (const side of ordered) {
      const { latenciesMs, failures } = await side.run();
      const own = samples.get(side.name);
      if (own === undefined) throw new Error(`no samples for ${side.name}`);
      own.latenciesMs.push(...latenciesMs);
      own.failures.push(...failures);
      if (latenciesMs.length === 0)
        throw new Error(`${side.name}: every request failed: ${failures[0] ?? ''}`);
      const median = summarize(latenciesMs).median;
      own.roundMediansMs.push(median);
      medians.set(side.name, median);
    }
    onRound?.(round, medians);
  }
  return samples;
}

/** The samples of one side; throws for a name that was not run. */
export function samplesOf(all: ReadonlyMap<string, SideSamples>, name: string): SideSamples {
  const found = all.get(name);
  if (found === undefined) throw new Error(`no samples for ${name}`);
  return found;
}
