import { EngineError } from '../spec/engine-error.js';

/**
 * Keeps where in the statement the server found the error: PostgreSQL reports a 1-based
 * character `position` with syntax and name errors, which SQL validation turns into a line
 * and column. It is added to the classified error's `extra.position`.
 */
export function withServerPosition(classified: EngineError, driverError: unknown): EngineError {
  const position =
    typeof driverError === 'object' && driverError !== null && 'position' in driverError
      ? Number(driverError.position)
      : NaN;
  if (!Number.isInteger(position) || position < 1) return classified;
  return new EngineError(classified.code, classified.message, {
    ...classified.extra,
    position,
  });
}
