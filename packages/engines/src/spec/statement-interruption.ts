import { EngineError } from './engine-error.js';

/** Why a running statement was stopped by the client. */
export type InterruptionReason = 'timeout' | 'cancelled';

/** Watches a statement's time limit and abort signal; see `watchInterruption`. */
export interface Interruption {
  /** Why the statement was stopped, or null while it may run. */
  readonly reason: InterruptionReason | null;
  /** The error for the reason, or null while the statement may run. */
  error(): EngineError | null;
  /** Throws the error when the statement was stopped. */
  throwIfInterrupted(): void;
  /** Stops watching; call once the statement is over. */
  dispose(): void;
}

function interruptionError(reason: InterruptionReason, timeoutMs: number | undefined) {
  return reason === 'timeout'
    ? new EngineError(
        'QUERY_TIMEOUT_ERROR',
        `The query ran longer than ${timeoutMs ?? 0} ms and was stopped.`,
      )
    : new EngineError('QUERY_CANCELLED_ERROR');
}

/**
 * Starts the timer of `timeoutMs` and listens to `signal`; the first of them calls
 * `onInterrupt` once with its reason, so the client can stop the statement in the database.
 * A signal that is already aborted interrupts at once.
 */
export function watchInterruption(
  options: { timeoutMs?: number | undefined; signal?: AbortSignal | undefined },
  onInterrupt: (reason: InterruptionReason) => void,
): Interruption {
  const { timeoutMs, signal } = options;
  let reason: InterruptionReason | null = null;
  const interrupt = (why: InterruptionReason) => {
    if (reason !== null) return;
    reason = why;
    onInterrupt(why);
  };
  const onAbort = () => interrupt('cancelled');
  const timer =
    timeoutMs !== undefined && timeoutMs > 0
      ? setTimeout(() => interrupt('timeout'), timeoutMs)
      : undefined;
  if (signal?.aborted) interrupt('cancelled');
  else signal?.addEventListener('abort', onAbort, { once: true });

  return {
    get reason() {
      return reason;
    },
    error: () => (reason === null ? null : interruptionError(reason, timeoutMs)),
    throwIfInterrupted() {
      if (reason !== null) throw interruptionError(reason, timeoutMs);
    },
    dispose() {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    },
  };
}
