/**
 * Background work by name: a task is registered once with its handler, then enqueued with a
 * JSON-friendly payload. The in-process queue runs handlers in this process; a worker-backed
 * queue (Redis, BullMQ) can run the same handlers elsewhere behind this interface, which is
 * why payloads are plain data and never closures.
 */
export interface TaskQueue {
  /** Declares the handler of a task name; a name is registered once. */
  register<Payload>(name: string, handler: TaskHandler<Payload>): void;
  /** Queues a run of a registered task; resolves with the job id once it is queued. */
  enqueue<Payload>(name: string, payload: Payload): Promise<string>;
  /** Resolves when nothing is queued or running (tests, shutdown). */
  idle(): Promise<void>;
  /** Stops taking jobs and waits for running ones. */
  close(): Promise<void>;
}

/** Runs one job; a thrown error is reported to the queue's error sink, never retried. */
export type TaskHandler<Payload> = (payload: Payload, job: { id: string }) => Promise<void>;

/** No handler is registered under the name, or the queue is closed. */
export class TaskQueueError extends Error {
  override readonly name = 'TaskQueueError';
}
