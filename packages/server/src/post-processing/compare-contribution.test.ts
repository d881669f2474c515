import { describe, expect, it } from 'vitest';
import { applyPostProcessing } from './apply-post-processing.js';
import { columnOf, frameOf } from './test-frames.js';

const withOffset = frameOf([
  { t: 1, 'SUM(num)': 10, 'SUM(num)__1 year ago': 8 },
  { t: 2, 'SUM(num)': 3, 'SUM(num)__1 year ago': 0 },
  { t: 3, 'SUM(num)': 1, 'SUM(num)__1 year ago': null },
]);
const compareAs = (compare_type: string, drop = false) => ({
  operation: 'compare',
  options: {
    source_columns: ['SUM(num)'],
    compare_columns: ['SUM(num)__1 year ago'],
    compare_type,
    drop_original_columns: drop,
  },
});

describe('compare', () => {
  it('names the result <type>__<source>__<compare> and computes it', () => {
    const diff = applyPostProcessing(withOffset, [compareAs('difference')]);
    expect(columnOf(diff, 'difference__SUM(num)__SUM(num)__1 year ago')).toEqual([2, 3, null]);
    const pct = applyPostProcessing(withOffset, [compareAs('percentage')]);
    expect(columnOf(pct, 'percentage__SUM(num)__SUM(num)__1 year ago')).toEqual([0.25, null, null]);
    const ratio = applyPostProcessing(frameOf([{ a: 2, b: 3 }]), [
      {
        operation: 'compare',
        options: { source_columns: ['a'], compare_columns: ['b'], compare_type: 'ratio' },
      },
    ]);
    expect(columnOf(ratio, 'ratio__a__b')).toEqual([0.6667]);
  });

  it('drops the compared columns when asked', () => {
    const result = applyPostProcessing(withOffset, [compareAs('difference', true)]);
    expect(result.columns).toEqual(['t', 'difference__SUM(num)__SUM(num)__1 year ago']);
  });

  it('refuses mismatched lengths and unknown types', () => {
    expect(() =>
      applyPostProcessing(withOffset, [
        {
          operation: 'compare',
          options: {
            source_columns: ['SUM(num)'],
            compare_columns: [],
            compare_type: 'difference',
          },
        },
      ]),
    ).toThrow(/same length/);
    expect(() => applyPostProcessing(withOffset, [compareAs('delta')])).toThrow(
      /difference, percentage or ratio/,
    );
  });
});

describe('contribution', () => {
  const frame = frameOf([
    { name: 'a', x: 1, y: 3 },
    { name: 'b', x: 3, y: null },
  ]);

  it('by column (default): each cell over its column total, missing counted as 0', () => {
    const result = applyPostProcessing(frame, [{ operation: 'contribution' }]);
    expect(columnOf(result, 'x')).toEqual([0.25, 0.75]);
    expect(columnOf(result, 'y')).toEqual([1, 0]);
    expect(columnOf(result, 'name')).toEqual(['a', 'b']);
  });

  it('by row, into renamed columns, leaving the originals', () => {
    const result = applyPostProcessing(frame, [
      {
        operation: 'contribution',
        options: { orientation: 'row', columns: ['x', 'y'], rename_columns: ['%x', '%y'] },
      },
    ]);
    expect(result.columns).toEqual(['name', 'x', 'y', '%x', '%y']);
    expect(columnOf(result, '%x')).toEqual([0.25, 1]);
    expect(columnOf(result, '%y')).toEqual([0.75, null]);
  });

  it('by row, time-shifted columns count against their own total', () => {
    const shifted = frameOf([{ m: 1, n: 3, 'm__1 year ago': 2, 'n__1 year ago': 2 }]);
    const result = applyPostProcessing(shifted, [
      { operation: 'contribution', options: { orientation: 'row', time_shifts: ['1 year ago'] } },
    ]);
    expect(result.rows).toEqual([{ m: 0.25, n: 0.75, 'm__1 year ago': 0.5, 'n__1 year ago': 0.5 }]);
  });

  it('uses contribution_totals when given', () => {
    const result = applyPostProcessing(frame, [
      { operation: 'contribution', options: { columns: ['x'], contribution_totals: { x: 10 } } },
    ]);
    expect(columnOf(result, 'x')).toEqual([0.1, 0.3]);
  });

  it('refuses a column that is not numeric', () => {
    expect(() =>
      applyPostProcessing(frame, [{ operation: 'contribution', options: { columns: ['name'] } }]),
    ).toThrow(/"name" is not numeric/);
  });
});
