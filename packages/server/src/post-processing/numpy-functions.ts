import type { FrameCell } from './data-frame.js';
import { isMissing, toNumber } from './data-frame.js';
import { ascending, mean, percentile, variance } from './statistics.js';

/** Options of an aggregate, as Superset passes them to numpy (e.g. `{q: 25}` for percentiles). */
export type AggregateOptions = Readonly<Record<string, unknown>>;

/** Reduces a group's values to one number (or null when numpy would give NaN). */
export type Aggregator = (values: readonly FrameCell[], options: AggregateOptions) => number | null;

function present(values: readonly FrameCell[]): number[] {
  const numbers: number[] = [];
  for (const value of values) {
    const number = toNumber(value);
    if (number !== null) numbers.push(number);
  }
  return numbers;
}

/** All values as numbers, or null when one is missing (numpy lets NaN through). */
function all(values: readonly FrameCell[]): number[] | null {
  const numbers = present(values);
  return numbers.length === values.length ? numbers : null;
}

function quantileOf(options: AggregateOptions): number {
  const q = options.q;
  return typeof q === 'number' ? q : 50;
}

const sum: Aggregator = (values) => present(values).reduce((total, v) => total + v, 0);
const product: Aggregator = (values) => present(values).reduce((total, v) => total * v, 1);
const maximum: Aggregator = (values) => {
  const numbers = present(values);
  return numbers.length === 0 ? null : Math.max(...numbers);
};
const minimum: Aggregator = (values) => {
  const numbers = present(values);
  return numbers.length === 0 ? null : Math.min(...numbers);
};
const nanMedian: Aggregator = (values) => percentile(ascending(present(values)), 50);

function argExtreme(pick: (a: number, b: number) => boolean): Aggregator {
  return (values) => {
    let best: number | null = null;
    let at: number | null = null;
    values.forEach((value, position) => {
      const number = toNumber(value);
      if (number !== null && (best === null || pick(number, best))) {
        best = number;
        at = position;
      }
    });
    return at;
  };
}

/**
 * Superset's `NUMPY_FUNCTIONS`, with the NaN behaviour numpy has on a pandas Series: `sum`,
 * `mean`, `min`, `max`, `prod`, `std` and `var` dispatch to pandas and skip missing values
 * (`std`/`var` with ddof 0); `median`, `percentile` and `average` let a missing value make
 * the result missing; the `nan*` variants skip them; `count` counts every row.
 */
export const NUMPY_FUNCTIONS: Readonly<Record<string, Aggregator>> = {
  average: (values) => {
    const numbers = all(values);
    return numbers ? mean(numbers) : null;
  },
  argmin: argExtreme((a, b) => a < b),
  argmax: argExtreme((a, b) => a > b),
  count: (values) => values.length,
  count_nonzero: (values) => values.filter((v) => isMissing(v) || toNumber(v) !== 0).length,
  max: maximum,
  mean: (values) => mean(present(values)),
  median: (values) => {
    const numbers = all(values);
    return numbers ? percentile(ascending(numbers), 50) : null;
  },
  nansum: sum,
  nanmin: minimum,
  nanmax: maximum,
  nanmean: (values) => mean(present(values)),
  nanmedian: nanMedian,
  nanpercentile: (values, options) => percentile(ascending(present(values)), quantileOf(options)),
  min: minimum,
  percentile: (values, options) => {
    const numbers = all(values);
    return numbers ? percentile(ascending(numbers), quantileOf(options)) : null;
  },
  prod: product,
  product,
  std: (values) => {
    const result = variance(present(values), 0);
    return result === null ? null : Math.sqrt(result);
  },
  sum,
  var: (values) => variance(present(values), 0),
};

/** Operators Superset lists that produce a series, not one value: refused as aggregates. */
export const CUMULATIVE_NUMPY_FUNCTIONS = ['cumsum', 'cumprod'] as const;
