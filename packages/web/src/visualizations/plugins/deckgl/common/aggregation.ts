/** How the points of a cell combine into its value (Superset's `js_agg_function`). */
export const AGGREGATIONS = [
  'sum',
  'min',
  'max',
  'mean',
  'median',
  'count',
  'variance',
  'deviation',
  'p1',
  'p5',
  'p95',
  'p99',
] as const;

export type AggregationName = (typeof AGGREGATIONS)[number];

/** The aggregation a form value names, `sum` when it names none. */
export function aggregationName(value: unknown): AggregationName {
  return AGGREGATIONS.find((name) => name === value) ?? 'sum';
}

/** The p-quantile of sorted values, interpolating between neighbours (d3's `quantile`). */
function quantile(sorted: readonly number[], p: number): number {
  const position = (sorted.length - 1) * p;
  const below = Math.floor(position);
  const low = sorted[below] as number;
  const high = sorted[Math.min(sorted.length - 1, below + 1)] as number;
  return low + (high - low) * (position - below);
}

function variance(values: readonly number[]): number | null {
  if (values.length < 2) return null;
  const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
  const squares = values.reduce((sum, value) => sum + (value - mean) ** 2, 0);
  return squares / (values.length - 1);
}

const sumOf = (values: readonly number[]) => values.reduce((sum, value) => sum + value, 0);

const percentileOf = (p: number) => (values: readonly number[]) =>
  quantile(
    [...values].sort((a, b) => a - b),
    p,
  );

const REDUCERS: Readonly<Record<AggregationName, (values: readonly number[]) => number | null>> = {
  sum: sumOf,
  min: (values) => values.reduce((min, value) => Math.min(min, value), Infinity),
  max: (values) => values.reduce((max, value) => Math.max(max, value), -Infinity),
  mean: (values) => sumOf(values) / values.length,
  median: percentileOf(0.5),
  count: (values) => values.length,
  variance,
  deviation: (values) => {
    const result = variance(values);
    return result === null ? null : Math.sqrt(result);
  },
  p1: percentileOf(0.01),
  p5: percentileOf(0.05),
  p95: percentileOf(0.95),
  p99: percentileOf(0.99),
};

/**
 * A cell's value from its points' weights, as Superset computes it with d3-array: sample
 * variance and deviation, interpolated percentiles. Null when the cell has no value (no
 * weights, or fewer than two for a variance); `count` of no weights is 0.
 */
export function aggregate(name: AggregationName, values: readonly number[]): number | null {
  if (name === 'count') return values.length;
  return values.length === 0 ? null : REDUCERS[name](values);
}
