import { describe, expect, it } from 'vitest';
import { InvalidSamplesError, summarize } from './stats.js';

describe('summarize', () => {
  it('reports the middle sample as the median of an odd count, whatever the order', () => {
    expect(summarize([30, 10, 20])).toEqual({ count: 3, median: 20, p95: 30, min: 10, max: 30 });
  });

  it('averages the two middle samples for an even count', () => {
    expect(summarize([4, 1, 3, 2]).median).toBe(2.5);
  });

  it('takes p95 by nearest rank, so it is a value that was observed', () => {
    const hundred = Array.from({ length: 100 }, (_, index) => index + 1);
    expect(summarize(hundred).p95).toBe(95);
    const twenty = Array.from({ length: 20 }, (_, index) => (index + 1) * 10);
    expect(summarize(twenty).p95).toBe(190);
    expect(summarize([5, 1, 9, 7, 3, 2, 8, 6, 4, 10]).p95).toBe(10);
  });

  it('handles a single sample', () => {
    expect(summarize([42])).toEqual({ count: 1, median: 42, p95: 42, min: 42, max: 42 });
  });

  it('does not reorder the caller’s samples', () => {
    const samples = [3, 1, 2];
    summarize(samples);
    expect(samples).toEqual([3, 1, 2]);
  });

  it('refuses no samples and samples that are not finite numbers', () => {
    expect(() => summarize([])).toThrow(InvalidSamplesError);
    expect(() => summarize([1, Number.NaN])).toThrow(InvalidSamplesError);
    expect(() => summarize([1, Number.POSITIVE_INFINITY])).toThrow(InvalidSamplesError);
  });
});
