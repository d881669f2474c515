import { describe, expect, it } from 'vitest';
import { repeatSamples } from './dashboard-phases.js';

describe('repeatSamples', () => {
  it('records what each call returns, as many times as the plan asks', async () => {
    let call = 0;
    const result = await repeatSamples({ minSamples: 3, minDurationMs: 0 }, () =>
      Promise.resolve(10 * ++call),
    );
    expect(result.latenciesMs).toEqual([10, 20, 30]);
    expect(result.failures).toEqual([]);
  });

  it('goes on until the phase lasted its least duration', async () => {
    const result = await repeatSamples({ minSamples: 1, minDurationMs: 30 }, async () => {
      await new Promise((resolve) => setTimeout(resolve, 10));
      return 1;
    });
    expect(result.latenciesMs.length).toBeGreaterThanOrEqual(3);
    expect(result.wallMs).toBeGreaterThanOrEqual(30);
  });

  it('ends the phase at the first failure', async () => {
    await expect(
      repeatSamples({ minSamples: 5, minDurationMs: 0 }, () => Promise.reject(new Error('boom'))),
    ).rejects.toThrow('boom');
  });
});
