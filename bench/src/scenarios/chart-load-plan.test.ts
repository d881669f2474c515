import { describe, expect, it } from 'vitest';
import {
  cachedPlan,
  cachedTarget,
  chartConcurrencies,
  keepingThroughput,
  measuresCached,
  measuresUncached,
  throughput,
  uncachedPlan,
  uncachedTarget,
  runsPgbench,
} from './chart-load-plan.js';

describe('the chart scenarios load plan', () => {
  it('runs 1, 8 and 64 clients, and 1 and 8 with --quick', () => {
    expect(chartConcurrencies(false)).toEqual([1, 8, 64]);
    expect(chartConcurrencies(true)).toEqual([1, 8]);
  });

  it('measures only the fast shapes uncached at 64 clients, and Q06 alone in quick', () => {
    const ids = Array.from({ length: 10 }, (_, i) => `Q${String(i + 1).padStart(2, '0')}`);
    expect(ids.filter((id) => measuresUncached(id, 64, false))).toEqual(['Q03', 'Q08', 'Q10']);
    expect(ids.filter((id) => measuresUncached(id, 8, false))).toEqual(ids);
    expect(ids.filter((id) => measuresCached(id, 64, false))).toEqual(ids);
    expect(ids.filter((id) => !measuresUncached(id, 8, true))).toEqual(['Q06']);
    expect(ids.filter((id) => !measuresCached(id, 8, true))).toEqual(['Q06']);
    expect(ids.every((id) => measuresUncached(id, 1, true) && measuresCached(id, 1, true))).toBe(
      true,
    );
  });

  it('pairs single requests at 1 client and sends one wave with more', () => {
    expect(uncachedPlan(false, 1)).toEqual({ rounds: 5, requestsPerClient: 1 });
    expect(uncachedPlan(true, 1)).toEqual({ rounds: 3, requestsPerClient: 1 });
    expect(uncachedPlan(false, 64)).toEqual({ rounds: 1, requestsPerClient: 1 });
    expect(cachedPlan(false, 1)).toEqual({ rounds: 3, phaseMs: 600 });
    expect(cachedPlan(true, 8)).toEqual({ rounds: 1, phaseMs: 200 });
  });

  it('counts answers per second of wall time', () => {
    expect(throughput({ latenciesMs: [1, 2, 3, 4], wallMs: 500 })).toBe(8);
    expect(() => throughput({ latenciesMs: [], wallMs: 0 })).toThrow(RangeError);
  });

  it('keeps each phase throughput in the order the phases ran', async () => {
    const kept: number[] = [];
    const phase = keepingThroughput(kept, () =>
      Promise.resolve({ latenciesMs: [5, 5], wallMs: 100, failures: [] }),
    );
    await phase();
    await phase();
    expect(kept).toEqual([20, 20]);
  });

  it('holds R1 and R2 to the design targets (performance.md §5.7)', () => {
    expect(uncachedTarget('Q01', 1)).toEqual({
      limit: 1.02,
      direction: 'lower-is-better',
      ratio: 'R1',
    });
    expect(uncachedTarget('Q10', 1)?.limit).toBe(1.05);
    expect(uncachedTarget('Q06', 1)?.limit).toBe(2);
    expect(uncachedTarget('Q02', 8)).toEqual({
      limit: 0.95,
      direction: 'higher-is-better',
      ratio: 'R1',
    });
    expect(uncachedTarget('Q06', 8)).toBeUndefined();
    expect(uncachedTarget('Q03', 64)).toBeUndefined();
    expect(cachedTarget(1)).toEqual({ limit: 1.2, direction: 'lower-is-better', ratio: 'R2' });
    expect(cachedTarget(64)).toEqual({ limit: 0.8, direction: 'higher-is-better', ratio: 'R2' });
  });
});

describe('runsPgbench', () => {
  it('runs pgbench at 1 and 8 clients, not at 64 (PostgreSQL would refuse the connections)', () => {
    expect([1, 8, 64].map(runsPgbench)).toEqual([true, true, false]);
  });
});
