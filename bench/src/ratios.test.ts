import { describe, expect, it } from 'vitest';
import type { RatioTarget } from './ratios.js';
import { checkRatio, formatTarget, InvalidRatioError, ratio } from './ratios.js';

const cachedTarget: RatioTarget = { limit: 1.2, direction: 'lower-is-better' };
const streamingTarget: RatioTarget = { limit: 0.9, direction: 'higher-is-better' };

describe('ratio', () => {
  it('divides the product by the floor', () => {
    expect(ratio(300, 40)).toBe(7.5);
  });

  it('refuses a zero, negative or non-finite floor instead of reporting Infinity', () => {
    expect(() => ratio(1, 0)).toThrow(InvalidRatioError);
    expect(() => ratio(1, -2)).toThrow(InvalidRatioError);
    expect(() => ratio(1, Number.NaN)).toThrow(InvalidRatioError);
    expect(() => ratio(Number.NaN, 1)).toThrow(InvalidRatioError);
  });
});

describe('checkRatio', () => {
  it('passes a lower-is-better ratio at or under its limit and misses one above', () => {
    expect(checkRatio('R2', 1.1, cachedTarget).verdict).toBe('pass');
    expect(checkRatio('R2', 1.2, cachedTarget).verdict).toBe('pass');
    expect(checkRatio('R2', 1.21, cachedTarget).verdict).toBe('miss');
  });

  it('passes a higher-is-better ratio at or over its limit and misses one below', () => {
    expect(checkRatio('R4', 0.95, streamingTarget).verdict).toBe('pass');
    expect(checkRatio('R4', 0.9, streamingTarget).verdict).toBe('pass');
    expect(checkRatio('R4', 0.89, streamingTarget).verdict).toBe('miss');
  });

  it('says "no target" rather than pass when the design sets no target', () => {
    expect(checkRatio('cold start', 7.5)).toEqual({
      name: 'cold start',
      value: 7.5,
      target: undefined,
      verdict: 'no target',
    });
  });
});

describe('formatTarget', () => {
  it('shows the direction as a comparison', () => {
    expect(formatTarget(cachedTarget)).toBe('≤ 1.2');
    expect(formatTarget(streamingTarget)).toBe('≥ 0.9');
    expect(formatTarget(undefined)).toBe('—');
  });
});
