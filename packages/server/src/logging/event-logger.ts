import type { ActionLogEvent, EventLogger } from '../config/keys/hook-types.js';

export type { ActionLogEvent, EventLogger } from '../config/keys/hook-types.js';

/** An event logger that buffers, with a way to wait until what it holds is written. */
export interface FlushableEventLogger extends EventLogger {
  flush(): Promise<void>;
}

/** Where failures to record go: the server log, never the request. */
export type EventLogErrorReporter = (error: unknown, event: ActionLogEvent | undefined) => void;

/**
 * Hands events to the configured logger (EVENT_LOGGER, or the metadata-DB logger) without
 * making the caller wait or fail: `record` returns at once, the logger runs on a later tick,
 * and what it throws or rejects with goes to the reporter.
 */
export interface EventRecorder {
  /** Records an event, or one still being worked out (e.g. after a user lookup). */
  record(event: ActionLogEvent | Promise<ActionLogEvent>): void;
  /** Resolves once every event recorded so far was handed over and written (or reported). */
  flush(): Promise<void>;
}

function isFlushable(logger: EventLogger): logger is FlushableEventLogger {
  return typeof (logger as Partial<FlushableEventLogger>).flush === 'function';
}

/** The recorder in front of `logger`. */
export function createEventRecorder(
  logger: EventLogger,
  report: EventLogErrorReporter,
): EventRecorder {
  const pending = new Set<Promise<void>>();
  return {
    record(eventOrPromise) {
      let event: ActionLogEvent | undefined;
      const task: Promise<void> = new Promise<void>((resolve) => setImmediate(resolve))
        .then(() => eventOrPromise)
        .then((ready) => {
          event = ready;
          return logger.log(ready);
        })
        .catch((error: unknown) => report(error, event))
        .finally(() => pending.delete(task));
      pending.add(task);
    },
    async flush() {
      while (pending.size > 0) await Promise.all([...pending]);
      if (isFlushable(logger))
        await logger.flush().catch((error: unknown) => report(error, undefined));
    },
  };
}
