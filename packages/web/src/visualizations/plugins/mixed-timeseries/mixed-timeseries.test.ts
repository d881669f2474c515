import { queryContextSchema } from '@superset-ts/shared';
import { beforeEach, describe, expect, it } from 'vitest';
import { getLabelColors } from '../../color/label-colors';
import type { EchartsProps } from '../../echarts/EchartsView';
import { chartDataResult, day } from '../../testing/chart-data-result';
import { mixedTimeseriesChartPlugin as plugin } from './index';
import type { MixedTimeseriesFormData } from './types';

const formData: MixedTimeseriesFormData = {
  datasource: '1__table',
  viz_type: 'mixed_timeseries',
  x_axis: 'ds',
  time_grain_sqla: 'P1M',
  metrics: ['count'],
  groupby: ['gender'],
  row_limit: 100,
  limit: 5,
  metrics_b: ['SUM(num)'],
  groupby_b: [],
  row_limit_b: 50,
  adhoc_filters_b: [{ expressionType: 'SQL', clause: 'WHERE', sqlExpression: "state = 'CA'" }],
  time_compare_b: ['1 year ago'],
  comparison_type_b: 'values',
};

interface Option {
  series: { id: string; name: string; type: string; yAxisIndex: number; color: string }[];
  yAxis: { axisLabel: { formatter: (v: number) => string }; splitLine?: { show: boolean } }[];
}
const optionOf = (props: unknown) => (props as EchartsProps).option as unknown as Option;

describe('Mixed Chart', () => {
  beforeEach(() => getLabelColors().reset());

  it('sends Query A and Query B as two query objects, each with its own controls', () => {
    const { queries } = queryContextSchema.parse(plugin.buildQuery(formData));
    expect(queries).toHaveLength(2);
    const [a, b] = queries;
    expect(a?.metrics).toEqual(['count']);
    expect(a?.series_columns).toEqual(['gender']);
    expect(a?.row_limit).toBe(100);
    expect(a?.series_limit).toBe(5);
    expect(a?.time_offsets).toEqual([]);
    expect(a?.extras.where).toBeUndefined();
    expect(b?.metrics).toEqual(['SUM(num)']);
    expect(b?.series_columns).toEqual([]);
    expect(b?.row_limit).toBe(50);
    expect(b?.series_limit).toBe(0);
    expect(b?.extras.where).toBe("(state = 'CA')");
    expect(b?.time_offsets).toEqual(['1 year ago']);
    expect(b?.columns[0]).toMatchObject({ columnType: 'BASE_AXIS', timeGrain: 'P1M' });
    expect(b?.post_processing.map((step) => step.operation)).toEqual([
      'pivot',
      'rename',
      'flatten',
    ]);
  });

  it('draws Query B on the secondary y-axis in its own format and marks names both have', () => {
    const responseA = chartDataResult(
      ['ds', 'boy', 'girl'],
      [2, 0, 0],
      [{ ds: day('2024-01-01'), boy: 3, girl: 4 }],
    );
    const responseB = chartDataResult(
      ['ds', 'boy', '1 year ago'],
      [2, 0, 0],
      [{ ds: day('2024-01-01'), boy: 0.5, '1 year ago': 0.25 }],
    );
    const option = optionOf(
      plugin.transformProps(
        {
          ...formData,
          metrics_b: ['boy'],
          seriesTypeB: 'bar',
          y_axis_format: ',d',
          y_axis_format_secondary: '.0%',
        },
        [responseA, responseB],
        {},
      ),
    );
    expect(option.series.map((s) => [s.name, s.type, s.yAxisIndex])).toEqual([
      ['boy (Query A)', 'line', 0],
      ['girl', 'line', 0],
      ['boy (Query B)', 'bar', 1],
      ['1 year ago', 'bar', 1],
    ]);
    expect(option.series[2]?.color).not.toBe(option.series[0]?.color);
    expect(option.series[3]?.color).toBe(option.series[2]?.color);
    expect(option.yAxis[0]?.axisLabel.formatter(1200)).toBe('1,200');
    expect(option.yAxis[1]?.axisLabel.formatter(0.5)).toBe('50%');
    expect(option.yAxis[1]?.splitLine).toEqual({ show: false });
  });

  it('names the query of each empty metrics control', () => {
    const errors = plugin.validate({
      datasource: '1__table',
      x_axis: 'ds',
      time_compare_b: ['soon'],
    });
    expect(errors.map((error) => error.message)).toEqual([
      'Query A: Metrics cannot be empty.',
      'Query B: Metrics cannot be empty.',
      'Query B: Time shift "soon" is not understood; write it like "1 year ago", "52 weeks ago" or "1 day ago".',
    ]);
  });
});
