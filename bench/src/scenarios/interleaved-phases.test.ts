import { describe, expect, it } from 'vitest';
import { runInterleaved, samplesOf } from './interleaved-phases.js';

describe('runInterleaved', () => {
  it('reverses the order of the sides every other round and keeps each side its samples', async () => {
    const order: string[] = [];
    const side = (name: string, latency: number) => ({
      name,
      run: async () => {
        order.push(name);
        return { latenciesMs: [latency, latency + 2], wallMs: 1, failures: [] };
      },
    });
    const samples = await runInterleaved(3, [side('api', 10), side('floor', 4)]);
    expect(order).toEqual(['api', 'floor', 'floor', 'api', 'api', 'floor']);
    expect(samplesOf(samples, 'api').latenciesMs).toEqual([10, 12, 10, 12, 10, 12]);
    expect(samplesOf(samples, 'api').roundMediansMs).toEqual([11, 11, 11]);
    expect(samplesOf(samples, 'floor').roundMediansMs).toEqual([5, 5, 5]);
    expect(() => samplesOf(samples, 'other')).toThrow(/other/);
  });
});
