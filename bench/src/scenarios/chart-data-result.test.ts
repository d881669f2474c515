import { describe, expect, it } from 'vitest';
import { columnSum, prefixedSum, sumsAgree } from './chart-data-result.js';

describe('the chart checksum', () => {
  it('adds a metric up over every pivoted column that carries it, skipping nulls', () => {
    const pivoted = [
      { pickup_ts: 1, 'count, 0': 3, 'revenue, 0': 10.5, 'revenue, 1': null },
      { pickup_ts: 2, 'count, 0': 4, 'revenue, 0': 1.25, 'revenue, 1': 2 },
    ];
    expect(prefixedSum(pivoted, 'revenue')).toBe(13.75);
  });

  it('reads the driver numeric text as numbers', () => {
    expect(
      columnSum([{ revenue: '10.50' }, { revenue: '3.25' }, { revenue: null }], 'revenue'),
    ).toBe(13.75);
  });

  it('agrees to the cent, whatever order the sums were added in', () => {
    expect(sumsAgree(0.1 + 0.2, 0.3)).toBe(true);
    expect(sumsAgree(318474738.28, 318474738.28000003)).toBe(true);
    expect(sumsAgree(100, 100.02)).toBe(false);
  });
});
