import { describe, expect, it } from 'vitest';
import { createInProcessTaskQueue } from './in-process-task-queue.js';

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

describe('the in-process task queue', () => {
  it('runs each enqueued job with its payload, never more at once than the concurrency', async () => {
    const queue = createInProcessTaskQueue({ concurrency: 2, onError: () => undefined });
    let running = 0;
    let peak = 0;
    const seen: number[] = [];
    queue.register<{ n: number }>('work', async ({ n }) => {
      running += 1;
      peak = Math.max(peak, running);
      await tick();
      seen.push(n);
      running -= 1;
    });
    for (let n = 0; n < 6; n += 1) await queue.enqueue('work', { n });
    await queue.idle();
    expect(seen.sort()).toEqual([0, 1, 2, 3, 4, 5]);
    expect(peak).toBe(2);
  });

  it('reports a failing job and keeps running the others', async () => {
    const failures: string[] = [];
    const queue = createInProcessTaskQueue({
      concurrency: 1,
      onError: (error, job) => failures.push(`${job.name}: ${(error as Error).message}`),
    });
    const done: string[] = [];
    queue.register<string>('maybe', (payload) => {
      if (payload === 'bad') return Promise.reject(new Error('boom'));
      done.push(payload);
      return Promise.resolve();
    });
    await queue.enqueue('maybe', 'bad');
    await queue.enqueue('maybe', 'good');
    await queue.idle();
    expect(failures).toEqual(['maybe: boom']);
    expect(done).toEqual(['good']);
  });

  it('refuses unknown task names, double registration, and jobs after close', async () => {
    const queue = createInProcessTaskQueue({ concurrency: 1, onError: () => undefined });
    queue.register('a', () => Promise.resolve());
    expect(() => queue.register('a', () => Promise.resolve())).toThrow(/already registered/);
    await expect(queue.enqueue('nope', {})).rejects.toThrow(/No task is registered as "nope"/);
    await queue.close();
    await expect(queue.enqueue('a', {})).rejects.toThrow(/closed/);
  });
});
