import { describe, expect, it } from 'vitest';
import { applyPostProcessing } from './apply-post-processing.js';
import { columnOf, day, frameOf } from './test-frames.js';

const gappy = frameOf([
  { __timestamp: day('2024-01-04'), y: 4 },
  { __timestamp: day('2024-01-01'), y: 1 },
  { __timestamp: day('2024-01-02'), y: null },
]);
const resampleAs = (method: string, rule = '1D', extra: Record<string, unknown> = {}) => ({
  operation: 'resample',
  options: { rule, method, time_column: '__timestamp', ...extra },
});

describe('resample', () => {
  it('puts unsorted rows on a daily grid; asfreq with fill_value zero-fills gaps', () => {
    const result = applyPostProcessing(gappy, [resampleAs('asfreq', '1D', { fill_value: 0 })]);
    expect(columnOf(result, '__timestamp')).toEqual(
      ['2024-01-01', '2024-01-02', '2024-01-03', '2024-01-04'].map(day),
    );
    expect(columnOf(result, 'y')).toEqual([1, 0, 0, 4]);
  });

  it('ffill, bfill and linear fill the gaps from neighbours', () => {
    expect(columnOf(applyPostProcessing(gappy, [resampleAs('ffill')]), 'y')).toEqual([1, 1, 1, 4]);
    expect(columnOf(applyPostProcessing(gappy, [resampleAs('bfill')]), 'y')).toEqual([1, 4, 4, 4]);
    expect(columnOf(applyPostProcessing(gappy, [resampleAs('linear')]), 'y')).toEqual([1, 2, 3, 4]);
  });

  it('sums into month ends (1M) and month starts (MS)', () => {
    const daily = frameOf([
      { __timestamp: day('2024-01-15'), y: 1 },
      { __timestamp: day('2024-01-31'), y: 2 },
      { __timestamp: day('2024-03-01'), y: 5 },
    ]);
    const ends = applyPostProcessing(daily, [resampleAs('sum', '1M')]);
    expect(columnOf(ends, '__timestamp')).toEqual(
      ['2024-01-31', '2024-02-29', '2024-03-31'].map(day),
    );
    expect(columnOf(ends, 'y')).toEqual([3, 0, 5]);
    const starts = applyPostProcessing(daily, [resampleAs('mean', 'MS')]);
    expect(columnOf(starts, '__timestamp')).toEqual(
      ['2024-01-01', '2024-02-01', '2024-03-01'].map(day),
    );
    expect(columnOf(starts, 'y')).toEqual([1.5, null, 5]);
  });

  it('labels weeks (1W) by their Sunday', () => {
    const result = applyPostProcessing(
      frameOf([
        { __timestamp: day('2024-01-01'), y: 1 },
        { __timestamp: day('2024-01-07'), y: 2 },
        { __timestamp: day('2024-01-08'), y: 3 },
      ]),
      [resampleAs('sum', '1W')],
    );
    expect(columnOf(result, '__timestamp')).toEqual(['2024-01-07', '2024-01-14'].map(day));
    expect(columnOf(result, 'y')).toEqual([3, 3]);
  });

  it('works on the time index a pivot leaves, before flatten', () => {
    const result = applyPostProcessing(gappy, [
      {
        operation: 'pivot',
        options: { index: ['__timestamp'], aggregates: { y: { operator: 'mean' } } },
      },
      { operation: 'resample', options: { rule: '1D', method: 'asfreq', fill_value: 0 } },
      { operation: 'flatten' },
    ]);
    expect(columnOf(result, 'y')).toEqual([1, 0, 0, 4]);
  });

  it('refuses an unknown method or rule, and a frame without a time index', () => {
    expect(() => applyPostProcessing(gappy, [resampleAs('nearest')])).toThrow(/method/);
    expect(() => applyPostProcessing(gappy, [resampleAs('sum', '1Fortnight')])).toThrow(/rule/);
    expect(() =>
      applyPostProcessing(gappy, [
        { operation: 'resample', options: { rule: '1D', method: 'sum' } },
      ]),
    ).toThrow(/time index/);
  });
});
