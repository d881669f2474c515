import { describe, expect, it } from 'vitest';
import { joinTimeOffsets } from './join-time-offsets.js';
import { day, frameOf } from './test-frames.js';
import { parseTimeOffset, shiftDate } from './time-offset.js';

describe('shiftDate', () => {
  it('moves dates by human offsets, clamping month ends', () => {
    expect(shiftDate(day('2024-02-29'), '1 year ago')).toEqual(day('2023-02-28'));
    expect(shiftDate(day('2024-03-31'), '1 month ago')).toEqual(day('2024-02-29'));
    expect(shiftDate(day('2024-01-15'), '52 weeks ago')).toEqual(day('2023-01-16'));
    expect(shiftDate(day('2024-01-01'), '1 day ago')).toEqual(day('2023-12-31'));
    expect(shiftDate(day('2024-01-01'), '2 days later')).toEqual(day('2024-01-03'));
    expect(shiftDate(day('2023-01-01'), '1 year ago', -1)).toEqual(day('2024-01-01'));
  });

  it('refuses offsets it cannot read', () => {
    expect(() => parseTimeOffset('inherit')).toThrow(/not understood/);
    expect(() => parseTimeOffset('1 fortnight ago')).toThrow(/not understood/);
  });
});

describe('joinTimeOffsets', () => {
  it('shifts the offset rows forward and joins them on time and dimensions as <metric>__<offset>', () => {
    const main = frameOf([
      { __timestamp: day('2024-01-01'), gender: 'boy', 'SUM(num)': 10 },
      { __timestamp: day('2024-01-01'), gender: 'girl', 'SUM(num)': 20 },
      { __timestamp: day('2024-01-02'), gender: 'boy', 'SUM(num)': 30 },
    ]);
    const lastYear = frameOf([
      { __timestamp: day('2023-01-01'), gender: 'boy', 'SUM(num)': 1 },
      { __timestamp: day('2023-01-01'), gender: 'girl', 'SUM(num)': 2 },
      { __timestamp: day('2023-06-01'), gender: 'boy', 'SUM(num)': 99 },
    ]);
    const result = joinTimeOffsets(main, [{ offset: '1 year ago', frame: lastYear }], {
      timeColumn: '__timestamp',
      joinColumns: ['gender'],
      metricLabels: ['SUM(num)'],
    });
    expect(result.columns).toEqual(['__timestamp', 'gender', 'SUM(num)', 'SUM(num)__1 year ago']);
    expect(result.rows.map((row) => row['SUM(num)__1 year ago'])).toEqual([1, 2, null]);
  });
});
