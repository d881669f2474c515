import { describe, expect, it } from 'vitest';
import { measurement, pairedRatio } from './measurement.js';

describe('pairedRatio', () => {
  it('divides each product sample by the floor sample taken next to it', () => {
    const result = pairedRatio('cold-start', 'product / floor', [300, 200, 500], [30, 40, 50]);
    expect(result.samples).toEqual([10, 5, 10]);
    expect(result.stats.median).toBe(10);
    expect(result.unit).toBe('ratio');
  });

  it('judges the median ratio against the target', () => {
    const target = { limit: 8, direction: 'lower-is-better' } as const;
    const result = pairedRatio(
      'cold-start',
      'product / floor',
      [300, 200, 500],
      [30, 40, 50],
      target,
    );
    expect(result.check?.verdict).toBe('miss');
  });

  it('refuses unpaired samples', () => {
    expect(() => pairedRatio('s', 'm', [1, 2], [1])).toThrow(RangeError);
  });
});

describe('measurement', () => {
  it('keeps the raw samples next to their statistics', () => {
    const result = measurement('idle-memory', 'product RSS', 'MiB', [80, 82, 81]);
    expect(result.samples).toEqual([80, 82, 81]);
    expect(result.stats.median).toBe(81);
    expect(result.check).toBeUndefined();
  });
});
