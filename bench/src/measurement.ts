import type { RatioCheck, RatioTarget } from './ratios.js';
import { checkRatio, ratio } from './ratios.js';
import type { SampleStats } from './stats.js';
import { summarize } from './stats.js';

/**
 * Units of measurements; `rows/s`, `req/s` and `MB/s` (10^6 bytes) are throughputs, higher
 * is better; `count` is a tally (database executions, errors).
 */
export type MeasurementUnit = 'ms' | 'MiB' | 'rows/s' | 'req/s' | 'MB/s' | 'count' | 'ratio';

/** One metric of one scenario: its raw samples and their statistics. */
export interface Measurement {
  readonly scenario: string;
  readonly metric: string;
  readonly unit: MeasurementUnit;
  readonly samples: readonly number[];
  readonly stats: SampleStats;
  /** Present on ratios and checked measurements: the target and the verdict on the median. */
  readonly check?: RatioCheck;
}

/** A measurement of raw samples (times, sizes). */
export function measurement(
  scenario: string,
  metric: string,
  unit: Exclude<MeasurementUnit, 'ratio'>,
  samples: readonly number[],
): Measurement {
  return { scenario, metric, unit, samples: [...samples], stats: summarize(samples) };
}

/**
 * A measurement held to a target itself, not through a ratio: R3w's absolute time for a
 * warm dashboard, R6's count of database executions, R7's CPU-ms per request. The verdict
 * is on the median.
 */
export function checkedMeasurement(
  scenario: string,
  metric: string,
  unit: Exclude<MeasurementUnit, 'ratio'>,
  samples: readonly number[],
  target: RatioTarget,
): Measurement {
  const stats = summarize(samples);
  return {
    scenario,
    metric,
    unit,
    samples: [...samples],
    stats,
    check: checkRatio(metric, stats.median, target),
  };
}

/**
 * The ratio of paired samples, e.g. product / floor where each product sample was taken
 * right next to its floor sample. Pairing cancels the drift of a shared machine, so the
 * ratio's samples are the per-pair ratios and the verdict is on their median.
 */
export function pairedRatio(
  scenario: string,
  metric: string,
  numerators: readonly number[],
  denominators: readonly number[],
  target?: RatioTarget,
): Measurement {
  if (numerators.length !== denominators.length) {
    throw new RangeError(
      `paired ratio needs as many numerators (${numerators.length}) as denominators (${denominators.length})`,
    );
  }
  const samples = numerators.map((value, index) => ratio(value, denominators[index] ?? NaN));
  const stats = summarize(samples);
  return {
    scenario,
    metric,
    unit: 'ratio',
    samples,
    stats,
    check: checkRatio(metric, stats.median, target),
  };
}
