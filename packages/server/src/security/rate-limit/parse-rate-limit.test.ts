import { describe, expect, it } from 'vitest';
import { parseRateLimit } from './parse-rate-limit.js';

describe('parseRateLimit', () => {
  it.each([
    ['5 per second', 5, 1000],
    ['10 per minute', 10, 60_000],
    ['100/hour', 100, 3_600_000],
    ['3 per 10 seconds', 3, 10_000],
    [' 2 PER Day ', 2, 86_400_000],
  ])('%s -> %i per %i ms', (rate, max, timeWindowMs) => {
    expect(parseRateLimit(rate)).toEqual({ max, timeWindowMs });
  });

  it('refuses text that is not a rate', () => {
    expect(() => parseRateLimit('fast')).toThrow(/5 per second/);
  });
});
