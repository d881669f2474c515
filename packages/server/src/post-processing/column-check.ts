import { hasColumn, type DataFrame } from './data-frame.js';
import { missingColumnsError } from './post-processing-error.js';

/** Superset's `validate_column_args`: every referenced name must be in the frame. */
export function requireColumns(
  frame: DataFrame,
  operation: string,
  option: string,
  names: Iterable<string>,
): void {
  const missing = [...names].filter((name) => !hasColumn(frame, name));
  if (missing.length > 0) throw missingColumnsError(operation, option, missing);
}
