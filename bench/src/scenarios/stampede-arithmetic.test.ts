import { describe, expect, it } from 'vitest';
import {
  executionsFromRowsRead,
  InvalidReadCountError,
  nearestRank,
  roundLatency,
  roundVariants,
  stampedeRounds,
} from './stampede-arithmetic.js';

describe('executions from the rows read', () => {
  it('divides the rows the stampede read by the rows one execution reads', () => {
    expect(executionsFromRowsRead(1_000_000, 1_000_000)).toBe(1);
    expect(executionsFromRowsRead(64_000_000, 1_000_000)).toBe(64);
    expect(executionsFromRowsRead(0, 1_000_000)).toBe(0);
    // A LIMIT's workers may read a little past it: the count is near, not exactly, whole.
    expect(executionsFromRowsRead(1_000_500, 1_000_000)).toBeCloseTo(1.0005);
  });

  it('refuses a unit that read nothing of the table and counts that are not whole', () => {
    expect(() => executionsFromRowsRead(3, 0)).toThrow(InvalidReadCountError);
    expect(() => executionsFromRowsRead(-1, 1)).toThrow(InvalidReadCountError);
    expect(() => executionsFromRowsRead(1.5, 1)).toThrow(InvalidReadCountError);
  });
});

describe('latency of a burst against its floor', () => {
  const burst = Array.from({ length: 64 }, (_, index) => 100 + index);

  it('takes the p99 of 64 requests as the slowest, by the nearest rank', () => {
    expect(nearestRank(burst, 0.99)).toBe(163);
    expect(nearestRank([5, 1, 3], 0.5)).toBe(3);
  });

  it('reports the median, the p99 and how far the p99 is above the floor', () => {
    expect(roundLatency(burst, 160)).toEqual({ p50Ms: 131.5, p99Ms: 163, p99OverFloorMs: 3 });
    expect(roundLatency([90, 95], 100).p99OverFloorMs).toBe(-5);
  });

  it('refuses a burst without answers or a floor of no time', () => {
    expect(() => roundLatency([], 100)).toThrow(RangeError);
    expect(() => roundLatency(burst, 0)).toThrow(RangeError);
  });
});

describe('rounds', () => {
  it('runs three rounds, one with --quick', () => {
    expect(stampedeRounds(false)).toBe(3);
    expect(stampedeRounds(true)).toBe(1);
  });

  it('gives every round two variants of its own, never the chart itself (variant 0)', () => {
    expect([0, 1, 2].map(roundVariants)).toEqual([
      { burst: 1, alone: 2 },
      { burst: 3, alone: 4 },
      { burst: 5, alone: 6 },
    ]);
    expect(() => roundVariants(-1)).toThrow(RangeError);
  });
});
