import { AppError } from '../errors/app-error.js';

/** A step whose operation or options are not valid: names the operation and what to fix. */
export function invalidStep(operation: string, problem: string): AppError {
  return new AppError(
    'INVALID_POST_PROCESSING_ERROR',
    `Post-processing "${operation}": ${problem}`,
    {
      operation,
    },
  );
}

/** A valid step that could not be applied to this result (e.g. a missing column). */
export function stepFailed(operation: string, problem: string): AppError {
  return new AppError('POST_PROCESSING_ERROR', `Post-processing "${operation}": ${problem}`, {
    operation,
  });
}

/** Refuses references to columns the frame does not have, naming the option and columns. */
export function missingColumnsError(
  operation: string,
  option: string,
  missing: string[],
): AppError {
  return stepFailed(
    operation,
    `option "${option}" references columns not in the result: ${missing.map((c) => `"${c}"`).join(', ')}.`,
  );
}
