import { describe, expect, it } from 'vitest';
import {
  compareDashboardRows,
  requireSameRows,
  rowsOfResult,
  sameRows,
} from './dashboard-answers.js';

describe('sameRows', () => {
  it('ignores the order of rows and of keys, not the values', () => {
    const alone = [
      { vendor: 'A', count: 3 },
      { vendor: 'B', count: 4 },
    ];
    expect(
      sameRows(
        [
          { count: 4, vendor: 'B' },
          { vendor: 'A', count: 3 },
        ],
        alone,
      ),
    ).toBe(true);
    expect(
      sameRows(
        [
          { vendor: 'A', count: 3 },
          { vendor: 'B', count: 5 },
        ],
        alone,
      ),
    ).toBe(false);
    expect(sameRows([{ vendor: 'A', count: 3 }], alone)).toBe(false);
  });
});

describe('compareDashboardRows', () => {
  const expected = new Map([
    [1, [{ n: 1 }]],
    [2, [{ n: 2 }]],
  ]);

  it('names each chart whose rows differ from its answer alone, or that is missing', () => {
    const results = new Map([
      [1, [{ status: 'success', data: [{ n: 1 }] }]],
      [3, [{ status: 'success', data: [] }]],
    ]);
    expect(compareDashboardRows(results, expected)).toEqual([
      { chartId: 2, actualRows: 0, expectedRows: 1 },
    ]);
    expect(() => requireSameRows({ label: '2 charts', expectedRows: expected }, results)).toThrow(
      /2 charts: 1 chart\(s\) differ.*chart 2: 0 rows, alone 1/,
    );
  });

  it('passes a load whose every chart matches', () => {
    const results = new Map([
      [2, [{ status: 'success', data: [{ n: 2 }] }]],
      [1, [{ status: 'success', data: [{ n: 1 }] }]],
    ]);
    expect(() => requireSameRows({ label: 'x', expectedRows: expected }, results)).not.toThrow();
  });

  it('refuses a result that failed', () => {
    expect(() => rowsOfResult(4, [{ status: 'failed', error: 'boom' }])).toThrow(
      /chart 4: the dashboard answered no rows \(status "failed"\)/,
    );
  });
});
