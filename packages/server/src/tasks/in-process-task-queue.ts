import { randomUUID } from 'node:crypto';
import { TaskQueueError, type TaskHandler, type TaskQueue } from './task-queue.js';

/** How the in-process queue runs jobs. */
export interface InProcessTaskQueueOptions {
  /** Jobs running at once; more wait their turn. */
  concurrency: number;
  /** Told of a handler that threw (handlers are expected to record their own failures). */
  onError(error: unknown, job: { name: string; id: string }): void;
}

/**
 * A TaskQueue that runs handlers in this process with bounded concurrency. Jobs are lost if
 * the process dies; whatever they recorded as running is cleaned up by its owner's reaper.
 */
export function createInProcessTaskQueue(options: InProcessTaskQueueOptions): TaskQueue {
  const concurrency = Math.max(1, options.concurrency);
  const waiting: (() => void)[] = [];
  let active = 0;
  const limit = async (work: () => Promise<void>): Promise<void> => {
    if (active >= concurrency) await new Promise<void>((resolve) => waiting.push(resolve));
    active += 1;
    try {
      await work();
    } finally {
      active -= 1;
      waiting.shift()?.();
    }
  };
  const handlers = new Map<string, TaskHandler<never>>();
  const pending = new Set<Promise<void>>();
  let isClosed = false;

  const idle = async () => {
    while (pending.size > 0) await Promise.allSettled([...pending]);
  };

  return {
    register(name, handler) {
      if (handlers.has(name)) throw new TaskQueueError(`The task "${name}" is already registered.`);
      handlers.set(name, handler);
    },
    enqueue(name, payload) {
      if (isClosed) return Promise.reject(new TaskQueueError('The task queue is closed.'));
      const handler = handlers.get(name) as TaskHandler<typeof payload> | undefined;
      if (!handler) {
        return Promise.reject(new TaskQueueError(`No task is registered as "${name}".`));
      }
      const id = randomUUID();
      const run = limit(async () => {
        try {
          await handler(payload, { id });
        } catch (error) {
          options.onError(error, { name, id });
        }
      });
      pending.add(run);
      void run.finally(() => pending.delete(run));
      return Promise.resolve(id);
    },
    idle,
    async close() {
      isClosed = true;
      await idle();
    },
  };
}
