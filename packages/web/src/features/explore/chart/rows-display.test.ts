import { describe, expect, it } from 'vitest';
import { displayRows, formatTemporal } from './rows-display';

describe('displayRows', () => {
  it('shows temporal columns as dates and leaves the others as they came', () => {
    const rows = displayRows({
      colnames: ['day', 'orders', 'at'],
      coltypes: [2, 0, 2],
      rowcount: 1,
      data: [{ day: Date.UTC(2026, 0, 5), orders: 1735689600000, at: Date.UTC(2026, 0, 5, 8, 30) }],
    });
    expect(rows).toEqual([{ day: '2026-01-05', orders: 1735689600000, at: '2026-01-05 08:30:00' }]);
  });

  it('keeps nulls and text in temporal columns', () => {
    expect(formatTemporal(null)).toBeNull();
    expect(formatTemporal('2026-01-05')).toBe('2026-01-05');
  });
});
