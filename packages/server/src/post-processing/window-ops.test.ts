import { describe, expect, it } from 'vitest';
import { applyPostProcessing } from './apply-post-processing.js';
import { columnOf, frameOf } from './test-frames.js';

const series = frameOf([
  { t: 1, y: 1 },
  { t: 2, y: 2 },
  { t: 3, y: null },
  { t: 4, y: 4 },
  { t: 5, y: 5 },
]);

describe('rolling', () => {
  it('leaves a row empty until its window has min_periods values (default: the window)', () => {
    const result = applyPostProcessing(series, [
      { operation: 'rolling', options: { rolling_type: 'sum', window: 2, columns: { y: 'y' } } },
    ]);
    expect(columnOf(result, 'y')).toEqual([null, 3, null, null, 9]);
  });

  it('adds a new column when the target differs, and drops the first min_periods - 1 rows', () => {
    const result = applyPostProcessing(series, [
      {
        operation: 'rolling',
        options: { rolling_type: 'mean', window: 3, min_periods: 2, columns: { y: 'avg' } },
      },
    ]);
    expect(result.columns).toEqual(['t', 'y', 'avg']);
    expect(columnOf(result, 't')).toEqual([2, 3, 4, 5]);
    expect(columnOf(result, 'avg')).toEqual([1.5, 1.5, 3, 4.5]);
  });

  it('computes sample std and centred windows as pandas does', () => {
    const frame = frameOf([{ y: 1 }, { y: 2 }, { y: 3 }, { y: 4 }]);
    const std = applyPostProcessing(frame, [
      { operation: 'rolling', options: { rolling_type: 'std', window: 2, columns: { y: 'y' } } },
    ]);
    expect(columnOf(std, 'y')).toEqual([null, Math.SQRT1_2, Math.SQRT1_2, Math.SQRT1_2]);
    const centred = applyPostProcessing(frame, [
      {
        operation: 'rolling',
        options: {
          rolling_type: 'sum',
          window: 3,
          center: true,
          min_periods: 0,
          columns: { y: 'y' },
        },
      },
    ]);
    expect(columnOf(centred, 'y')).toEqual([3, 6, 9, 7]);
  });

  it('refuses a missing window and an unknown rolling_type by name', () => {
    expect(() =>
      applyPostProcessing(series, [
        { operation: 'rolling', options: { rolling_type: 'sum', columns: { y: 'y' } } },
      ]),
    ).toThrow(/rolling.*window/);
    expect(() =>
      applyPostProcessing(series, [
        { operation: 'rolling', options: { rolling_type: 'ewm', window: 2, columns: { y: 'y' } } },
      ]),
    ).toThrow(/invalid rolling_type "ewm"/);
  });
});

describe('cum', () => {
  it('accumulates, leaving missing values missing', () => {
    const result = applyPostProcessing(series, [
      { operation: 'cum', options: { operator: 'sum', columns: { y: 'y' } } },
    ]);
    expect(columnOf(result, 'y')).toEqual([1, 3, null, 7, 12]);
    const max = applyPostProcessing(frameOf([{ y: 2 }, { y: 1 }, { y: 3 }]), [
      { operation: 'cum', options: { operator: 'max', columns: { y: 'top' } } },
    ]);
    expect(columnOf(max, 'top')).toEqual([2, 2, 3]);
  });

  it('on a pivoted frame, applies to every series under the metric', () => {
    const frame = frameOf([
      { t: 1, s: 'a', m: 1 },
      { t: 1, s: 'b', m: 10 },
      { t: 2, s: 'a', m: 2 },
      { t: 2, s: 'b', m: 20 },
    ]);
    const result = applyPostProcessing(frame, [
      {
        operation: 'pivot',
        options: { index: ['t'], columns: ['s'], aggregates: { m: { operator: 'mean' } } },
      },
      { operation: 'cum', options: { operator: 'sum', columns: { m: 'm' } } },
      { operation: 'flatten' },
    ]);
    expect(result.rows).toEqual([
      { t: 1, 'm, a': 1, 'm, b': 10 },
      { t: 2, 'm, a': 3, 'm, b': 30 },
    ]);
  });

  it('refuses an operator outside sum, prod, max, min', () => {
    expect(() =>
      applyPostProcessing(series, [
        { operation: 'cum', options: { operator: 'avg', columns: { y: 'y' } } },
      ]),
    ).toThrow(/invalid cumulative operator "avg"/);
  });
});

describe('diff', () => {
  it('subtracts the value periods rows before', () => {
    const result = applyPostProcessing(series, [
      { operation: 'diff', options: { columns: { y: 'dy' }, periods: 1 } },
    ]);
    expect(columnOf(result, 'dy')).toEqual([null, 1, null, null, 1]);
  });

  it('across columns with axis 1', () => {
    const result = applyPostProcessing(frameOf([{ a: 1, b: 5 }]), [
      { operation: 'diff', options: { columns: { a: 'a', b: 'b' }, axis: 1 } },
    ]);
    expect(result.rows).toEqual([{ a: null, b: 4 }]);
  });
});
