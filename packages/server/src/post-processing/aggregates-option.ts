import { z } from 'zod';
import type { DataFrame } from './data-frame.js';
import { CUMULATIVE_NUMPY_FUNCTIONS, NUMPY_FUNCTIONS, type Aggregator } from './numpy-functions.js';
import { invalidStep, stepFailed } from './post-processing-error.js';

/** `aggregates`: output name -> `{operator, column (defaults to the name), options}`. */
export const aggregatesOption = z.record(
  z.string(),
  z.object({
    operator: z.string(),
    column: z.string().optional(),
    options: z.record(z.string(), z.unknown()).optional(),
  }),
);

/** One resolved aggregate: which column it reads and how it reduces it. */
export interface ResolvedAggregate {
  name: string;
  column: string;
  reduce: Aggregator;
  options: Readonly<Record<string, unknown>>;
}

/** Superset's `_get_aggregate_funcs`: checks each column and operator, by name. */
export function resolveAggregates(
  frame: DataFrame,
  operation: string,
  aggregates: z.infer<typeof aggregatesOption>,
): ResolvedAggregate[] {
  return Object.entries(aggregates).map(([name, spec]) => {
    const column = spec.column ?? name;
    if (!frame.columns.includes(column)) {
      throw stepFailed(
        operation,
        `column referenced by aggregate "${name}" is undefined: "${column}".`,
      );
    }
    const reduce = NUMPY_FUNCTIONS[spec.operator];
    if (!reduce || (CUMULATIVE_NUMPY_FUNCTIONS as readonly string[]).includes(spec.operator)) {
      throw invalidStep(
        operation,
        `aggregate "${name}" has an invalid operator "${spec.operator}"; use one of ${Object.keys(NUMPY_FUNCTIONS).join(', ')}.`,
      );
    }
    return { name, column, reduce, options: spec.options ?? {} };
  });
}
