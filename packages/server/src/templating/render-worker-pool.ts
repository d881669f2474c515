import type { Worker } from 'node:worker_threads';

import type { RenderReply, RenderRequest, RenderWorkerMessage } from './render-protocol.js';

/** How the pool runs workers. */
export interface RenderWorkerPoolOptions {
  /** Most workers alive at once; renders beyond that wait in line. */
  readonly size: number;
  /** Default time one render may take, from the moment its worker starts on it. */
  readonly timeoutMs: number;
  /** Time a new worker may take to load before it counts as failed. */
  readonly startTimeoutMs: number;
  readonly spawn: () => Worker;
}

/** Renders in worker threads; a render that runs over its time kills its worker. */
export interface RenderWorkerPool {
  render(request: Omit<RenderRequest, 'id'>, timeoutMs?: number): Promise<RenderReply>;
  /** Stops every worker; waiting and running renders are rejected. */
  close(): Promise<void>;
}

/** A worker could not start (its config module failed to load, or it crashed while loading). */
export class WorkerStartError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WorkerStartError';
  }
}

interface Task {
  readonly request: RenderRequest;
  readonly timeoutMs: number;
  readonly resolve: (reply: RenderReply) => void;
  readonly reject: (error: Error) => void;
}

interface Slot {
  readonly worker: Worker;
  readonly ready: Promise<void>;
  task: Task | null;
  timer: NodeJS.Timeout | null;
  isReady: boolean;
  isRetired: boolean;
}

/**
 * A small pool of render workers, started lazily and reused between renders. Each worker
 * renders one template at a time; a timed-out, crashed or out-of-memory worker is terminated
 * and replaced by a fresh one for the next render.
 */
export function createRenderWorkerPool(options: RenderWorkerPoolOptions): RenderWorkerPool {
  const slots: Slot[] = [];
  const queue: Task[] = [];
  let nextId = 1;
  let isClosed = false;

  const retire = (slot: Slot): void => {
    if (slot.isRetired) return;
    slot.isRetired = true;
    if (slot.timer !== null) clearTimeout(slot.timer);
    const index = slots.indexOf(slot);
    if (index !== -1) slots.splice(index, 1);
    void slot.worker.terminate();
  };

  const settle = (slot: Slot, reply: RenderReply): void => {
    const task = slot.task;
    if (task === null || task.request.id !== reply.id) return;
    if (slot.timer !== null) clearTimeout(slot.timer);
    slot.timer = null;
    slot.task = null;
    task.resolve(reply);
    dispatch();
  };

  const fail = (slot: Slot, message: string): void => {
    const task = slot.task;
    slot.task = null;
    retire(slot);
    if (task !== null) {
      task.resolve({ id: task.request.id, ok: false, failure: { kind: 'render', message } });
    }
    dispatch();
  };

  const startSlot = (): Slot => {
    const worker = options.spawn();
    worker.unref();
    let markReady: () => void = () => undefined;
    let markFailed: (error: Error) => void = () => undefined;
    const ready = new Promise<void>((resolve, reject) => {
      markReady = resolve;
      markFailed = reject;
    });
    ready.catch(() => undefined);
    const slot: Slot = { worker, ready, task: null, timer: null, isReady: false, isRetired: false };
    // Before `ready`, a failure is the server's (the task is rejected); after, the template's.
    const failStart = (message: string): void => {
      clearTimeout(startTimer);
      markFailed(new WorkerStartError(message));
      retire(slot);
    };
    const startTimer = setTimeout(
      () => failStart('the template worker did not start in time.'),
      options.startTimeoutMs,
    );
    worker.on('message', (message: RenderWorkerMessage) => {
      if (message.type === 'ready') {
        clearTimeout(startTimer);
        slot.isReady = true;
        markReady();
      } else if (message.type === 'start-failed') {
        failStart(message.message);
      } else {
        settle(slot, message);
      }
    });
    worker.on('error', (error: Error & { code?: string }) => {
      if (!slot.isReady) {
        failStart(`the template worker failed while starting (${error.message}).`);
        return;
      }
      fail(
        slot,
        error.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? 'the template used more memory than allowed.'
          : `the template worker failed (${error.message}).`,
      );
    });
    worker.on('exit', () => {
      if (!slot.isReady) failStart('the template worker exited while starting.');
      else if (!slot.isRetired) fail(slot, 'the template worker stopped unexpectedly.');
    });
    slots.push(slot);
    return slot;
  };

  const run = (slot: Slot, task: Task): void => {
    slot.ready.then(
      () => {
        if (slot.task !== task || slot.isRetired) return;
        slot.timer = setTimeout(() => {
          retire(slot);
          slot.task = null;
          task.resolve({
            id: task.request.id,
            ok: false,
            failure: {
              kind: 'timeout',
              message: `The SQL template took longer than ${task.timeoutMs / 1000} seconds to render and was stopped.`,
            },
          });
          dispatch();
        }, task.timeoutMs);
        try {
          slot.worker.postMessage(task.request);
        } catch (error) {
          // The context held something that cannot be cloned (a function): a caller's bug.
          if (slot.timer !== null) clearTimeout(slot.timer);
          slot.timer = null;
          slot.task = null;
          task.reject(error instanceof Error ? error : new Error(String(error)));
          dispatch();
        }
      },
      (error: Error) => {
        if (slot.task !== task) return;
        slot.task = null;
        retire(slot);
        task.reject(error);
        dispatch();
      },
    );
  };

  const dispatch = (): void => {
    while (!isClosed && queue.length > 0) {
      const slot =
        slots.find((candidate) => candidate.task === null && !candidate.isRetired) ??
        (slots.length < options.size ? startSlot() : undefined);
      if (slot === undefined) return;
      const task = queue.shift() as Task;
      slot.task = task;
      run(slot, task);
    }
  };

  return {
    render(request, timeoutMs = options.timeoutMs) {
      if (isClosed) return Promise.reject(new WorkerStartError('the template renderer is closed.'));
      return new Promise<RenderReply>((resolve, reject) => {
        queue.push({ request: { ...request, id: nextId++ }, timeoutMs, resolve, reject });
        dispatch();
      });
    },
    async close() {
      isClosed = true;
      const closedError = new WorkerStartError('the template renderer was closed.');
      for (const task of queue.splice(0)) task.reject(closedError);
      const running = [...slots];
      for (const slot of running) {
        slot.task?.reject(closedError);
        slot.task = null;
        slot.isRetired = true;
        if (slot.timer !== null) clearTimeout(slot.timer);
      }
      slots.length = 0;
      await Promise.all(running.map((slot) => slot.worker.terminate()));
    },
  };
}
