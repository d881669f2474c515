import { describe, expect, it } from 'vitest';
import { timeOffsetsOf, timeseriesPostProcessing } from './timeseries-post-processing';

const parts = { metrics: ['SUM(num)'], seriesColumns: ['gender'], xAxisLabel: 'ds' };

describe('time-series post-processing', () => {
  it('asks for the shifted queries and pivots their metrics beside the main ones', () => {
    const formData = { time_compare: ['1 year ago', ' 1 year ago '], comparison_type: 'values' };
    expect(timeOffsetsOf(formData, parts)).toEqual(['1 year ago']);
    const [pivot, rename, flatten] = timeseriesPostProcessing(formData, parts);
    expect(pivot?.options?.aggregates).toEqual({
      'SUM(num)': { operator: 'mean' },
      'SUM(num)__1 year ago': { operator: 'mean' },
    });
    expect(rename).toEqual({
      operation: 'rename',
      options: { columns: { 'SUM(num)__1 year ago': '1 year ago' }, level: 0, inplace: true },
    });
    expect(flatten).toEqual({ operation: 'flatten' });
  });

  it('compares with each shift and names the result by metric and shift with several metrics', () => {
    const formData = {
      time_compare: ['1 year ago'],
      comparison_type: 'percentage',
      rolling_type: 'mean',
      rolling_periods: '7',
    };
    const steps = timeseriesPostProcessing(formData, { ...parts, metrics: ['SUM(num)', 'cnt'] });
    expect(steps.map((step) => step.operation)).toEqual([
      'pivot',
      'rolling',
      'compare',
      'rename',
      'flatten',
    ]);
    expect(steps[1]?.options).toMatchObject({
      window: 7,
      columns: {
        'SUM(num)': 'SUM(num)',
        cnt: 'cnt',
        'SUM(num)__1 year ago': 'SUM(num)__1 year ago',
        'cnt__1 year ago': 'cnt__1 year ago',
      },
    });
    expect(steps[2]?.options).toEqual({
      source_columns: ['SUM(num)', 'cnt'],
      compare_columns: ['SUM(num)__1 year ago', 'cnt__1 year ago'],
      compare_type: 'percentage',
      drop_original_columns: true,
    });
    expect(steps[3]?.options?.columns).toEqual({
      'percentage__SUM(num)__SUM(num)__1 year ago': 'SUM(num), 1 year ago',
      'percentage__cnt__cnt__1 year ago': 'cnt, 1 year ago',
    });
  });

  it('resamples on the x-axis after the window, zero-filling as asfreq with 0', () => {
    const formData = { rolling_type: 'cumsum', resample_rule: '1D', resample_method: 'zerofill' };
    const steps = timeseriesPostProcessing(formData, parts);
    expect(steps.map((step) => step.operation)).toEqual(['pivot', 'cum', 'resample', 'flatten']);
    expect(steps[2]?.options).toEqual({
      method: 'asfreq',
      rule: '1D',
      fill_value: 0,
      time_column: 'ds',
    });
  });

  it('leaves out a resample without a fill method and a comparison without shifts', () => {
    const formData = { resample_rule: '1D', comparison_type: 'difference', time_compare: [] };
    expect(timeOffsetsOf(formData, parts)).toEqual([]);
    expect(timeseriesPostProcessing(formData, parts).map((step) => step.operation)).toEqual([
      'pivot',
      'flatten',
    ]);
  });
});
