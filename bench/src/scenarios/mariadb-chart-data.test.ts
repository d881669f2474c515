import { describe, expect, it } from 'vitest';
import { mariaDbOverheadTarget, mariaDbPlan } from './mariadb-chart-data.js';

describe('scenario M', () => {
  it("holds R1 to +2% on queries of 100 ms and more, +5% below, on the driver's median", () => {
    expect(mariaDbOverheadTarget(150)).toEqual({
      limit: 1.02,
      direction: 'lower-is-better',
      ratio: 'R1',
    });
    expect(mariaDbOverheadTarget(40).limit).toBe(1.05);
  });

  it('runs fewer and shorter rounds with --quick', () => {
    const quick = mariaDbPlan(true);
    const full = mariaDbPlan(false);
    expect(quick.uncachedRounds).toBeLessThan(full.uncachedRounds);
    expect(quick.cachedPhaseMs).toBeLessThan(full.cachedPhaseMs);
  });
});
