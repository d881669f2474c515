import type { QueryState } from '@superset-ts/shared';
import { EngineError } from '@superset-ts/engines';
import { AppError } from '../../errors/app-error.js';

/** How a run ended when it did not succeed, as stored on its row and returned to the client. */
export interface RunFailure {
  status: Extract<QueryState, 'failed' | 'stopped' | 'timed_out'>;
  /** The error as thrown at the caller (catalogue code, safe message). */
  error: AppError | EngineError;
  /** Superset's error objects (`extra_json.errors`, the response's `errors`). */
  errors: Record<string, unknown>[];
}

function errorObject(error: AppError | EngineError): Record<string, unknown> {
  return {
    message: error.message,
    error_type: error.code,
    level: 'error',
    extra: error.extra ? { ...error.extra } : {},
  };
}

function failure(status: RunFailure['status'], error: AppError | EngineError): RunFailure {
  return { status, error, errors: [errorObject(error)] };
}

/**
 * Turns whatever stopped a run into its final state: a time limit gives timed_out with
 * SQLLAB_TIMEOUT_ERROR naming the limit, a cancel gives stopped, an engine or app error gives
 * failed with its code. Anything else is an unexpected failure with a generic message, so no
 * driver text that was not scrubbed reaches the row or the client.
 */
export function runFailureOf(error: unknown, timeLimitSeconds: number): RunFailure {
  if (error instanceof EngineError && error.code === 'QUERY_TIMEOUT_ERROR') {
    return failure(
      'timed_out',
      new AppError(
        'SQLLAB_TIMEOUT_ERROR',
        `The query ran longer than the ${timeLimitSeconds} second limit of SQL Lab and was stopped in the database. Run it asynchronously, or make it faster (filter or aggregate more).`,
        { timeout_seconds: timeLimitSeconds },
      ),
    );
  }
  if (error instanceof EngineError && error.code === 'QUERY_CANCELLED_ERROR') {
    return failure('stopped', error);
  }
  if (error instanceof EngineError || error instanceof AppError) return failure('failed', error);
  return failure('failed', new AppError('GENERIC_BACKEND_ERROR'));
}
