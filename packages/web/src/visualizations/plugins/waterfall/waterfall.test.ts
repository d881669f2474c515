import { queryContextSchema } from '@superset-ts/shared';
import { describe, expect, it } from 'vitest';
import type { EchartsProps } from '../../echarts/EchartsView';
import { chartDataResult, day } from '../../testing/chart-data-result';
import { waterfallChartPlugin as plugin } from './index';
import { stackPiecesOf } from './stack-pieces';
import { waterfallBars } from './waterfall-bars';

interface Option {
  xAxis: { data: string[] };
  series: { name: string; color?: string; data: unknown[] }[];
  tooltip: { formatter: (params: { dataIndex: number }[]) => string };
}
const optionOf = (props: unknown) => (props as EchartsProps).option as unknown as Option;

describe('Waterfall Chart', () => {
  it('queries the metric by x-axis and breakdown, in that order', () => {
    const context = plugin.buildQuery({
      datasource: '1__table',
      x_axis: 'year',
      groupby: ['region'],
      metric: 'revenue',
      row_limit: 100,
    });
    const [query] = queryContextSchema.parse(context).queries;
    expect(query?.columns).toEqual([
      expect.objectContaining({ columnType: 'BASE_AXIS', sqlExpression: 'year' }),
      'region',
    ]);
    expect(query?.metrics).toEqual(['revenue']);
    expect(query?.orderby).toEqual([
      ['year', true],
      ['region', true],
    ]);
    expect(plugin.validate({ datasource: '1__table' }).map((e) => e.message)).toEqual([
      'X-axis cannot be empty.',
      'Metric cannot be empty.',
    ]);
  });

  it('turns values into changes of a running total that may cross zero', () => {
    const rows = [
      { year: 2001, revenue: 30 },
      { year: 2002, revenue: -50 },
      { year: 2003, revenue: null },
    ];
    const bars = waterfallBars(rows, { xAxis: 'year', metric: 'revenue', showTotal: true });
    expect(bars.map((bar) => [bar.kind, bar.start, bar.end])).toEqual([
      ['increase', 0, 30],
      ['decrease', 30, -20],
      ['increase', -20, -20],
      ['total', 0, -20],
    ]);
    expect(stackPiecesOf(bars[0]!)).toEqual({ base: null, isBaseVisible: false, visible: 30 });
    expect(stackPiecesOf(bars[1]!)).toEqual({ base: 30, isBaseVisible: true, visible: -20 });
  });

  it('draws floating bars in the increase, decrease and total colors, totals per period with a breakdown', () => {
    const result = chartDataResult(
      ['year', 'region', 'revenue'],
      [2, 1, 0],
      [
        { year: day('2001-01-01'), region: 'East', revenue: 10 },
        { year: day('2001-01-01'), region: 'West', revenue: -4 },
        { year: day('2002-01-01'), region: 'East', revenue: 5 },
      ],
    );
    const formData = {
      x_axis: 'year',
      groupby: ['region'],
      metric: 'revenue',
      increase_color: { r: 0, g: 128, b: 0, a: 1 },
      x_axis_time_format: '%Y',
    };
    const option = optionOf(plugin.transformProps(formData, [result], {}));
    expect(option.xAxis.data).toEqual(['East', 'West', '2001', 'East', '2002']);
    const [assist, increase, decrease, total] = option.series;
    expect(increase).toMatchObject({ name: 'Increase', color: 'rgba(0, 128, 0, 1)' });
    expect(increase?.data).toEqual([10, '-', '-', 5, '-']);
    expect(decrease?.data).toEqual(['-', 4, '-', '-', '-']);
    expect(total?.data).toEqual(['-', '-', 6, '-', 11]);
    expect(assist?.data[1]).toEqual({ value: 6, itemStyle: { color: 'transparent' } });
    expect(option.tooltip.formatter([{ dataIndex: 1 }])).toContain('2001 · West');
  });
});
