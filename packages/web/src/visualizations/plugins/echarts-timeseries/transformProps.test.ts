import { beforeEach, describe, expect, it } from 'vitest';
import { getLabelColors } from '../../color/label-colors';
import { chartDataResult, day } from '../../testing/chart-data-result';
import { barChartPlugin } from '../echarts-timeseries-bar';
import { lineChartPlugin } from '../echarts-timeseries-line';
import type { EchartsProps } from '../../echarts/EchartsView';

// What the server answers after pivot + rename + flatten: one column per gender.
const response = [
  chartDataResult(
    ['ds', 'boy', 'girl'],
    [2, 0, 0],
    [
      { ds: day('2000-01-01'), boy: 1000, girl: 1500 },
      { ds: day('2001-01-01'), boy: 1200, girl: null },
    ],
  ),
];

interface Series {
  name: string;
  type: string;
  data: unknown[][];
  color: string;
  stack?: string;
}

const optionOf = (props: unknown) =>
  (props as EchartsProps).option as {
    series: Series[];
    xAxis: { type: string; axisLabel: { formatter?: (v: number) => string } };
    yAxis: { type: string; axisLabel: { formatter: (v: number) => string } };
    legend: { data: string[] };
  };

describe('time-series transformProps', () => {
  beforeEach(() => getLabelColors().reset());

  it('draws one line per series over a time axis, gaps where a value is missing', () => {
    const formData = {
      datasource: '1__table',
      viz_type: 'echarts_timeseries_line',
      x_axis: 'ds',
      y_axis_format: ',d',
    };
    const option = optionOf(lineChartPlugin.transformProps(formData, response, {}));
    expect(option.series.map((s) => [s.name, s.type])).toEqual([
      ['boy', 'line'],
      ['girl', 'line'],
    ]);
    expect(option.series[1]?.data).toEqual([
      [day('2000-01-01'), 1500],
      [day('2001-01-01'), null],
    ]);
    expect(option.xAxis.type).toBe('time');
    expect(option.xAxis.axisLabel.formatter?.(day('2001-01-01'))).toBe('2001');
    expect(option.yAxis.axisLabel.formatter(1200)).toBe('1,200');
    expect(option.series[0]?.color).toBe('#1FA8C9');
    expect(option.legend.data).toEqual(['boy', 'girl']);
  });

  it('keeps a series color in a second chart and stacks horizontal bars when asked', () => {
    const first = optionOf(lineChartPlugin.transformProps({ x_axis: 'ds' }, response, {}));
    const onlyGirls = [
      chartDataResult(['ds', 'girl'], [2, 0], [{ ds: day('2000-01-01'), girl: 3 }]),
    ];
    const formData = { x_axis: 'ds', orientation: 'horizontal', stack: true };
    const bars = optionOf(
      barChartPlugin.transformProps(formData, onlyGirls, { verboseMap: { girl: 'Girls' } }),
    );
    expect(bars.series[0]).toMatchObject({
      name: 'Girls',
      type: 'bar',
      stack: 'total',
      data: [[3, day('2000-01-01')]],
    });
    expect(bars.series[0]?.color).toBe(first.series[1]?.color);
    expect(bars.xAxis.type).toBe('value');
    expect(bars.yAxis.type).toBe('time');
  });
});

describe('time-series transformProps with advanced analytics and categories', () => {
  beforeEach(() => getLabelColors().reset());

  it('draws a time-shifted series dashed, in the color of the series it copies', () => {
    const shifted = [
      chartDataResult(
        ['ds', 'SUM(num), boy', '1 year ago, boy'],
        [2, 0, 0],
        [{ ds: day('2001-01-01'), 'SUM(num), boy': 10, '1 year ago, boy': 8 }],
      ),
    ];
    const formData = {
      x_axis: 'ds',
      metrics: ['SUM(num)'],
      time_compare: ['1 year ago'],
      comparison_type: 'values',
    };
    const option = optionOf(lineChartPlugin.transformProps(formData, shifted, {}));
    const [main, copy] = option.series as (Series & { lineStyle?: { type: string } })[];
    expect(main?.lineStyle).toBeUndefined();
    expect(copy).toMatchObject({ name: '1 year ago, boy', lineStyle: { type: 'dashed' } });
    expect(copy?.color).toBe(main?.color);
  });

  it('shows percentage changes as percentages', () => {
    const changes = [
      chartDataResult(
        ['ds', '1 year ago'],
        [2, 0],
        [{ ds: day('2001-01-01'), '1 year ago': 0.25 }],
      ),
    ];
    const formData = {
      x_axis: 'ds',
      metrics: ['SUM(num)'],
      time_compare: ['1 year ago'],
      comparison_type: 'percentage',
      y_axis_format: 'SMART_NUMBER',
    };
    const option = optionOf(lineChartPlugin.transformProps(formData, changes, {}));
    expect(option.yAxis.axisLabel.formatter(0.25)).toBe('25%');
  });

  it('puts categories on a category axis in the order asked, first at the top when horizontal', () => {
    const byState = [
      chartDataResult(
        ['state', 'boy', 'girl'],
        [1, 0, 0],
        [
          { state: 'CA', boy: 5, girl: 1 },
          { state: 'NY', boy: 9, girl: 9 },
          { state: 'TX', boy: 1, girl: 2 },
        ],
      ),
    ];
    const formData = {
      x_axis: 'state',
      x_axis_sort_series: 'sum',
      x_axis_sort_series_ascending: false,
    };
    const vertical = optionOf(barChartPlugin.transformProps(formData, byState, {}));
    expect(vertical.xAxis).toMatchObject({ type: 'category', data: ['NY', 'CA', 'TX'] });
    expect(vertical.series[0]?.data).toEqual([
      ['NY', 9],
      ['CA', 5],
      ['TX', 1],
    ]);

    const horizontal = optionOf(
      barChartPlugin.transformProps({ ...formData, orientation: 'horizontal' }, byState, {}),
    );
    expect(horizontal.yAxis).toMatchObject({ type: 'category', inverse: true });
    expect(horizontal.series[1]?.data[0]).toEqual([9, 'NY']);
  });
});
