import { describe, expect, it } from 'vitest';
import {
  executionsFromScans,
  InvalidScanCountError,
  nearestRank,
  roundLatency,
  roundVariants,
  stampedeRounds,
} from './stampede-arithmetic.js';

describe('executions from table scans', () => {
  it('divides the scans of the stampede by the scans of one execution', () => {
    expect(executionsFromScans(1, 1)).toBe(1);
    // Three parallel scans per execution (a leader and two workers), two executions.
    expect(executionsFromScans(6, 3)).toBe(2);
    expect(executionsFromScans(64, 1)).toBe(64);
    expect(executionsFromScans(0, 1)).toBe(0);
  });

  it('refuses a unit that never scanned the table and counts that are not whole', () => {
    expect(() => executionsFromScans(3, 0)).toThrow(InvalidScanCountError);
    expect(() => executionsFromScans(-1, 1)).toThrow(InvalidScanCountError);
    expect(() => executionsFromScans(1.5, 1)).toThrow(InvalidScanCountError);
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
