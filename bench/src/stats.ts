/** Summary statistics of one set of samples, in the samples' own unit. */
export interface SampleStats {
  readonly count: number;
  readonly median: number;
  /** 95th percentile by the nearest-rank method: a value that was actually observed. */
  readonly p95: number;
  readonly min: number;
  readonly max: number;
}

/** Thrown when statistics are asked of no samples, or of samples that are not numbers. */
export class InvalidSamplesError extends Error {
  override readonly name = 'InvalidSamplesError';
}

/**
 * Median, p95, min and max of the samples. The median of an even count is the mean of the
 * two middle values; p95 uses the nearest rank (with 10 samples it is the largest), which
 * never reports a latency better than one that was observed.
 */
export function summarize(samples: readonly number[]): SampleStats {
  if (samples.length === 0) throw new InvalidSamplesError('cannot summarize zero samples');
  if (samples.some((value) => !Number.isFinite(value))) {
    throw new InvalidSamplesError(`samples must be finite numbers, got ${samples.join(', ')}`);
  }
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    count: sorted.length,
    median: median(sorted),
    p95: nearestRank(sorted, 0.95),
    min: at(sorted, 0),
    max: at(sorted, sorted.length - 1),
  };
}

function median(sorted: readonly number[]): number {
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? at(sorted, middle)
    : (at(sorted, middle - 1) + at(sorted, middle)) / 2;
}

function nearestRank(sorted: readonly number[], quantile: number): number {
  const rank = Math.max(1, Math.ceil(quantile * sorted.length));
  return at(sorted, rank - 1);
}

function at(sorted: readonly number[], index: number): number {
  const value = sorted[index];
  if (value === undefined) throw new InvalidSamplesError(`no sample at index ${index}`);
  return value;
}
