import { queryContextSchema } from '@superset-ts/shared';
import { describe, expect, it } from 'vitest';
import { chartDataResult, day } from '../../testing/chart-data-result';
import { bigNumberPlugin } from '.';
import type { BigNumberTrendlineProps } from './types';

const formData = {
  datasource: '1__table',
  viz_type: 'big_number',
  x_axis: 'ds',
  time_grain_sqla: 'P1D',
  metric: 'count',
  compare_lag: 1,
  compare_suffix: 'WoW',
  y_axis_format: ',d',
};

describe('big_number (with trendline)', () => {
  it('queries the metric per day of the x-axis, pivoted on it', () => {
    const [query] = queryContextSchema.parse(bigNumberPlugin.buildQuery(formData)).queries;
    expect(query?.columns).toEqual([
      {
        timeGrain: 'P1D',
        columnType: 'BASE_AXIS',
        sqlExpression: 'ds',
        label: 'ds',
        expressionType: 'SQL',
      },
    ]);
    expect(query?.post_processing.map((step) => step.operation)).toEqual(['pivot', 'flatten']);
  });

  it('shows the latest value, its change from the period before, and the trend oldest first', () => {
    const response = [
      chartDataResult(
        ['ds', 'count'],
        [2, 0],
        [
          { ds: day('2024-01-01'), count: 100 },
          { ds: day('2024-01-03'), count: 150 },
          { ds: day('2024-01-02'), count: 120 },
        ],
      ),
    ];
    const props = bigNumberPlugin.transformProps(formData, response, {}) as BigNumberTrendlineProps;
    expect(props.headline).toBe('150');
    expect(props.subheader).toBe('+25.0% WoW');
    expect(props.trend).toBe('positive');
    expect(props.trendLine).toEqual([
      [day('2024-01-01'), 100],
      [day('2024-01-02'), 120],
      [day('2024-01-03'), 150],
    ]);
  });

  it('needs a temporal x-axis and a metric', () => {
    expect(bigNumberPlugin.validate({ datasource: '1__table' }).map((e) => e.control)).toEqual([
      'x_axis',
      'metric',
    ]);
  });
});
