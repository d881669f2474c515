import { describe, expect, it } from 'vitest';
import { aggregate, aggregationName } from './aggregation';

describe('aggregate', () => {
  const weights = [4, 1, 3, 2];

  it("combines a cell's weights as Superset's aggregation functions do", () => {
    expect(aggregate('sum', weights)).toBe(10);
    expect(aggregate('min', weights)).toBe(1);
    expect(aggregate('max', weights)).toBe(4);
    expect(aggregate('mean', weights)).toBe(2.5);
    expect(aggregate('median', weights)).toBe(2.5);
    expect(aggregate('count', weights)).toBe(4);
    expect(aggregate('variance', weights)).toBeCloseTo(1.6667, 4);
    expect(aggregate('deviation', weights)).toBeCloseTo(1.291, 3);
    expect(aggregate('p95', weights)).toBeCloseTo(3.85, 5);
  });

  it('has no value for an empty cell or a variance of one point, but a count of zero', () => {
    expect(aggregate('sum', [])).toBeNull();
    expect(aggregate('variance', [5])).toBeNull();
    expect(aggregate('count', [])).toBe(0);
  });

  it('falls back to sum for an unknown function', () => {
    expect(aggregationName('bogus')).toBe('sum');
    expect(aggregationName('p99')).toBe('p99');
  });
});
