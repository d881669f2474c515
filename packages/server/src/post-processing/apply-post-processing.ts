import type { DataFrame } from './data-frame.js';
import { OPERATIONS, UNAVAILABLE_OPERATIONS } from './operations.js';
import { flatten } from './ops/flatten.js';
import { invalidStep } from './post-processing-error.js';

/** One step of a query's `post_processing`. */
export interface PostProcessingStep {
  operation: string;
  options?: Record<string, unknown> | null;
}

function describeIssues(
  issues: readonly { path: readonly PropertyKey[]; message: string }[],
): string {
  return issues
    .map(
      (issue) =>
        `${issue.path.length > 0 ? `option "${issue.path.map(String).join('.')}"` : 'options'}: ${issue.message}`,
    )
    .join('; ');
}

/**
 * Runs the steps in order. Unknown and unavailable operations, and options that do not fit
 * an operation, are refused by name. A result still pivoted at the end is flattened so it
 * can be sent (Superset's front end always asks for `flatten` after `pivot`).
 */
export function applyPostProcessing(
  frame: DataFrame,
  steps: readonly PostProcessingStep[],
): DataFrame {
  let current = frame;
  for (const step of steps) {
    const unavailable = UNAVAILABLE_OPERATIONS[step.operation];
    if (unavailable) throw invalidStep(step.operation, unavailable);
    const operation = OPERATIONS.get(step.operation);
    if (!operation) {
      throw invalidStep(
        step.operation,
        `unknown operation; use one of ${[...OPERATIONS.keys()].join(', ')}.`,
      );
    }
    const parsed = operation.options.safeParse(step.options ?? {});
    if (!parsed.success) throw invalidStep(step.operation, describeIssues(parsed.error.issues));
    current = operation.apply(current, parsed.data);
  }
  return current.columnLevels || current.index
    ? flatten.apply(current, { reset_index: true, drop_levels: [] })
    : current;
}
