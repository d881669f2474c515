import { z } from 'zod';
import { transformColumns, type SeriesTransform } from '../append-columns.js';
import { defineOperation } from '../operation.js';
import { invalidStep } from '../post-processing-error.js';
import { ascending, kurtosis, mean, percentile, skewness, variance } from '../statistics.js';

type WindowFunction = (
  values: number[],
  options: Readonly<Record<string, unknown>>,
) => number | null;

const sqrtOrNull = (value: number | null) => (value === null ? null : Math.sqrt(value));

/** pandas' rolling methods Superset allows (`corr` and `cov` need a second series: refused). */
const WINDOW_FUNCTIONS: Readonly<Record<string, WindowFunction>> = {
  count: (values) => values.length,
  kurt: (values) => kurtosis(values),
  max: (values) => (values.length === 0 ? null : Math.max(...values)),
  mean: (values) => mean(values),
  median: (values) => percentile(ascending(values), 50),
  min: (values) => (values.length === 0 ? null : Math.min(...values)),
  quantile: (values, options) => {
    const quantile = typeof options.quantile === 'number' ? options.quantile : 0.5;
    return percentile(ascending(values), quantile * 100);
  },
  skew: (values) => skewness(values),
  std: (values, options) => sqrtOrNull(variance(values, ddofOf(options))),
  sum: (values) => values.reduce((total, value) => total + value, 0),
  var: (values, options) => variance(values, ddofOf(options)),
};

function ddofOf(options: Readonly<Record<string, unknown>>): number {
  return typeof options.ddof === 'number' ? options.ddof : 1;
}

/**
 * A fixed window over the rows in frame order (centred when asked); a row gets a value when
 * its window holds at least `minPeriods` present values (default: the window size).
 */
function windowed(
  fn: WindowFunction,
  window: number,
  minPeriods: number,
  center: boolean,
  options: Readonly<Record<string, unknown>>,
): SeriesTransform {
  const offset = center ? Math.floor((window - 1) / 2) : 0;
  return (values) =>
    values.map((_, i) => {
      const windowEnd = i + 1 + offset;
      const start = Math.max(0, windowEnd - window);
      const end = Math.min(values.length, windowEnd);
      const present = values.slice(start, end).filter((v): v is number => v !== null);
      if (present.length < minPeriods) return null;
      return fn(present, options);
    });
}

/** A rolling window statistic of the chosen columns (sum, mean, std, ...). */
export const rolling = defineOperation({
  name: 'rolling',
  options: z.object({
    rolling_type: z.string(),
    columns: z.record(z.string(), z.string()).default({}),
    window: z.number().int().nullable().optional(),
    rolling_type_options: z.record(z.string(), z.unknown()).nullable().optional(),
    center: z.boolean().default(false),
    win_type: z.string().nullable().optional(),
    min_periods: z.number().int().min(0).nullable().optional(),
    is_pivot_df: z.boolean().optional(),
  }),
  apply(frame, opts) {
    if (opts.window === null || opts.window === undefined) {
      throw invalidStep('rolling', 'option "window" is required.');
    }
    if (opts.window <= 0) throw invalidStep('rolling', 'option "window" must be > 0.');
    const fn = WINDOW_FUNCTIONS[opts.rolling_type];
    if (!fn) {
      throw invalidStep(
        'rolling',
        `invalid rolling_type "${opts.rolling_type}"; use one of ${Object.keys(WINDOW_FUNCTIONS).join(', ')}.`,
      );
    }
    if (opts.win_type) {
      throw invalidStep(
        'rolling',
        `option "win_type" (${opts.win_type}) is not supported; leave it empty.`,
      );
    }
    const minPeriods = opts.min_periods ?? opts.window;
    const transform = windowed(
      fn,
      opts.window,
      minPeriods,
      opts.center,
      opts.rolling_type_options ?? {},
    );
    const result = transformColumns(frame, 'rolling', opts.columns, transform);
    // Superset then drops the first rows that cannot reach min_periods.
    return opts.min_periods ? { ...result, rows: result.rows.slice(opts.min_periods - 1) } : result;
  },
});
