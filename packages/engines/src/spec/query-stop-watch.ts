import type { ExecuteOptions } from './client.js';
import { EngineError } from './engine-error.js';

/** The error of a statement stopped by its caller (abort signal or `cancelQuery`). */
export function queryCancelledError(): EngineError {
  return new EngineError('QUERY_CANCELLED_ERROR');
}

/** The error of a statement stopped by its time limit. */
export function queryTimeoutError(timeoutMs: number): EngineError {
  const seconds = Math.round(timeoutMs / 100) / 10;
  return new EngineError(
    'QUERY_TIMEOUT_ERROR',
    `The query ran longer than the time limit of ${seconds} seconds and was stopped.`,
    { timeout_ms: timeoutMs },
  );
}

/** A running statement's time limit and abort signal, watched until it ends. */
export interface QueryStopWatch {
  /** Why the statement was stopped, once it was; the driver's own error means less. */
  readonly reason: EngineError | null;
  /** The statement ended: stop watching. */
  dispose(): void;
}

/**
 * Calls `stop` once when the time limit passes or the signal aborts, with the error the
 * statement must end with. Throws QUERY_CANCELLED_ERROR at once when the signal has already
 * aborted, so nothing starts.
 */
export function watchForStop(
  options: Pick<ExecuteOptions, 'timeoutMs' | 'signal'>,
  stop: (reason: EngineError) => void,
): QueryStopWatch {
  const { timeoutMs, signal } = options;
  if (signal?.aborted) throw queryCancelledError();
  let reason: EngineError | null = null;
  const fire = (error: EngineError) => {
    if (reason) return;
    reason = error;
    stop(error);
  };
  const onAbort = () => fire(queryCancelledError());
  signal?.addEventListener('abort', onAbort, { once: true });
  const timer =
    timeoutMs !== undefined && timeoutMs > 0
      ? setTimeout(() => fire(queryTimeoutError(timeoutMs)), timeoutMs)
      : undefined;
  return {
    get reason() {
      return reason;
    },
    dispose() {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    },
  };
}
