import { queryObjectSchema } from '@superset-ts/shared';
import { describe, expect, it } from 'vitest';
import { timeComparisonColumns } from './time-comparison.js';

describe('timeComparisonColumns', () => {
  it('joins on the x-axis and the other dimensions', () => {
    const query = queryObjectSchema.parse({
      columns: [{ sqlExpression: 'ds', label: 'ds', columnType: 'BASE_AXIS' }, 'region'],
      metrics: ['count'],
    });
    expect(
      timeComparisonColumns(query, { dimensionLabels: ['ds', 'region'], metricLabels: ['count'] }),
    ).toEqual({ timeColumn: 'ds', joinColumns: ['region'], metricLabels: ['count'] });
  });

  it('uses __timestamp of a legacy time series, and nothing without a time column', () => {
    const query = queryObjectSchema.parse({ columns: ['region'], metrics: ['count'] });
    expect(
      timeComparisonColumns(query, {
        dimensionLabels: ['__timestamp', 'region'],
        metricLabels: ['count'],
      })?.timeColumn,
    ).toBe('__timestamp');
    expect(
      timeComparisonColumns(query, { dimensionLabels: ['region'], metricLabels: ['count'] }),
    ).toBeNull();
  });
});
