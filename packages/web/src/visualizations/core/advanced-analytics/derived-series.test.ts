import { describe, expect, it } from 'vitest';
import { seriesOriginOf } from './derived-series';

const values = { time_compare: ['1 year ago'], comparison_type: 'values' };

describe('seriesOriginOf', () => {
  it('finds the series a shifted one copies, with one metric or several', () => {
    expect(seriesOriginOf('1 year ago, boy', values, ['SUM(num)'])).toEqual({
      isTimeShifted: true,
      sourceColumn: 'SUM(num), boy',
    });
    expect(seriesOriginOf('1 year ago', values, ['SUM(num)']).sourceColumn).toBe('SUM(num)');
    expect(seriesOriginOf('cnt\\, 1 year ago, girl', values, ['SUM(num)', 'cnt'])).toEqual({
      isTimeShifted: true,
      sourceColumn: 'cnt, girl',
    });
  });

  it('treats main series and compared values as series of their own', () => {
    expect(seriesOriginOf('SUM(num), boy', values, ['SUM(num)']).isTimeShifted).toBe(false);
    const difference = { ...values, comparison_type: 'difference' };
    expect(seriesOriginOf('1 year ago', difference, ['SUM(num)'])).toEqual({
      isTimeShifted: false,
      sourceColumn: '1 year ago',
    });
  });
});
