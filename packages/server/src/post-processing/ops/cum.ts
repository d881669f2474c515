import { z } from 'zod';
import { transformColumns, type SeriesTransform } from '../append-columns.js';
import { defineOperation } from '../operation.js';
import { invalidStep } from '../post-processing-error.js';

const STEPS: Readonly<Record<string, (total: number, value: number) => number>> = {
  sum: (total, value) => total + value,
  prod: (total, value) => total * value,
  max: (total, value) => Math.max(total, value),
  min: (total, value) => Math.min(total, value),
};

/** pandas' cumsum/cumprod/cummax/cummin: a missing value stays missing and is skipped. */
function cumulative(step: (total: number, value: number) => number): SeriesTransform {
  return (values) => {
    let total: number | null = null;
    return values.map((value) => {
      if (value === null) return null;
      total = total === null ? value : step(total, value);
      return total;
    });
  };
}

/** Cumulative sum, product, maximum or minimum of the chosen columns. */
export const cum = defineOperation({
  name: 'cum',
  options: z.object({
    operator: z.string(),
    columns: z.record(z.string(), z.string()).default({}),
    is_pivot_df: z.boolean().optional(),
  }),
  apply(frame, { operator, columns }) {
    const step = STEPS[operator];
    if (!step) {
      throw invalidStep(
        'cum',
        `invalid cumulative operator "${operator}"; use sum, prod, max or min.`,
      );
    }
    return transformColumns(frame, 'cum', columns, cumulative(step));
  },
});
