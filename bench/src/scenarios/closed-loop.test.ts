import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { InvalidLoadPlanError, runClosedLoop } from './closed-loop.js';

/** A request that takes `ms` and records how many requests were in flight at once. */
function tracked(ms: number) {
  let inFlight = 0;
  let peak = 0;
  let count = 0;
  return {
    request: async () => {
      inFlight += 1;
      count += 1;
      peak = Math.max(peak, inFlight);
      await sleep(ms);
      inFlight -= 1;
    },
    peak: () => peak,
    count: () => count,
  };
}

describe('runClosedLoop', () => {
  it('keeps exactly `concurrency` requests in flight and sends one wave for a count plan', async () => {
    const load = tracked(20);
    const result = await runClosedLoop(
      { concurrency: 8, minRequests: 8, minDurationMs: 0 },
      load.request,
    );
    expect(load.peak()).toBe(8);
    expect(load.count()).toBe(8);
    expect(result.latenciesMs).toHaveLength(8);
    for (const latency of result.latenciesMs) expect(latency).toBeGreaterThanOrEqual(15);
  });

  it('goes on back to back until the duration has passed', async () => {
    const load = tracked(5);
    const result = await runClosedLoop(
      { concurrency: 1, minRequests: 1, minDurationMs: 60 },
      load.request,
    );
    expect(load.peak()).toBe(1);
    expect(result.latenciesMs.length).toBeGreaterThanOrEqual(5);
    expect(result.wallMs).toBeGreaterThanOrEqual(60);
  });

  it('rejects with the first failure, so a wrong answer never becomes a sample', async () => {
    let calls = 0;
    await expect(
      runClosedLoop({ concurrency: 2, minRequests: 10, minDurationMs: 0 }, async () => {
        calls += 1;
        await sleep(1);
        if (calls === 3) throw new Error('wrong answer');
      }),
    ).rejects.toThrow('wrong answer');
    expect(calls).toBeLessThan(10);
  });

  it('refuses a plan that could never send a request', async () => {
    await expect(
      runClosedLoop({ concurrency: 0, minRequests: 1, minDurationMs: 0 }, async () => undefined),
    ).rejects.toThrow(InvalidLoadPlanError);
    await expect(
      runClosedLoop({ concurrency: 1, minRequests: 0, minDurationMs: 0 }, async () => undefined),
    ).rejects.toThrow(InvalidLoadPlanError);
  });
});

describe('runClosedLoop with tolerated failures', () => {
  it('counts them, keeps going, and never takes their latency as a sample', async () => {
    let calls = 0;
    const result = await runClosedLoop(
      { concurrency: 1, minRequests: 4, minDurationMs: 0 },
      async () => {
        calls += 1;
        if (calls % 2 === 0) throw new Error(`refused ${calls}`);
      },
      (error) => error instanceof Error && error.message.startsWith('refused'),
    );
    expect(result.latenciesMs).toHaveLength(2);
    expect(result.failures).toEqual(['refused 2', 'refused 4']);
  });
});
