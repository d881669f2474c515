import { queryContextSchema } from '@superset-ts/shared';
import { beforeEach, describe, expect, it } from 'vitest';
import { getLabelColors } from '../../color/label-colors';
import type { EchartsProps } from '../../echarts/EchartsView';
import { chartDataResult } from '../../testing/chart-data-result';
import { renderEchartsSvg } from '../../testing/echarts-svg';
import './BoxPlotView';
import { boxPlotPlugin } from '.';

const formData = {
  datasource: '4__table',
  viz_type: 'box_plot',
  columns: ['name'],
  groupby: ['state'],
  metrics: ['sum__num'],
  whiskerOptions: '2/98 percentiles',
  series_limit: 10,
  number_format: ',d',
};

const stats = (min: number, q1: number, median: number, q3: number, max: number) => ({
  sum__num__min: min,
  sum__num__q1: q1,
  sum__num__median: median,
  sum__num__q3: q3,
  sum__num__max: max,
  sum__num__mean: median,
  sum__num__count: 40,
});

const response = [
  chartDataResult(
    ['state', 'sum__num__min', 'sum__num__q1', 'sum__num__median', 'sum__num__q3'],
    [1, 0, 0, 0, 0],
    [
      { state: 'CA', ...stats(10, 200, 350, 500, 900), sum__num__outliers: [4000, 5200] },
      { state: 'NY', ...stats(20, 100, 150, 300, 600), sum__num__outliers: [] },
    ],
  ),
];

type BoxOption = {
  xAxis: { data: string[] };
  series: [
    {
      data: { name: string; value: number[] }[];
      tooltip: { formatter: (p: { dataIndex: number }) => string };
    },
    { data: { value: [string, number] }[] },
  ];
};

describe('box_plot', () => {
  beforeEach(() => getLabelColors().reset());

  it('aggregates by the distribution and dimension columns, then asks the server for box statistics', () => {
    const [query] = queryContextSchema.parse(boxPlotPlugin.buildQuery(formData)).queries;
    expect(query).toMatchObject({
      columns: ['name', 'state'],
      metrics: ['sum__num'],
      series_columns: ['state'],
      series_limit: 10,
      post_processing: [
        {
          operation: 'boxplot',
          options: {
            whisker_type: 'percentile',
            percentiles: [2, 98],
            groupby: ['state'],
            metrics: ['sum__num'],
          },
        },
      ],
    });
  });

  it('uses Tukey whiskers by default', () => {
    const [query] = queryContextSchema.parse(
      boxPlotPlugin.buildQuery({ ...formData, whiskerOptions: undefined }),
    ).queries;
    expect(query?.post_processing[0]?.options).toMatchObject({ whisker_type: 'tukey' });
  });

  it('draws a box per group with its outliers, and lists the statistics in the tooltip', () => {
    const { option } = boxPlotPlugin.transformProps(formData, response, {}) as EchartsProps;
    const { xAxis, series } = option as BoxOption;
    expect(xAxis.data).toEqual(['CA', 'NY']);
    expect(series[0].data.map((box) => box.value)).toEqual([
      [10, 200, 350, 500, 900],
      [20, 100, 150, 300, 600],
    ]);
    expect(series[1].data.map((point) => point.value)).toEqual([
      ['CA', 4000],
      ['CA', 5200],
    ]);
    const tooltip = series[0].tooltip.formatter({ dataIndex: 0 });
    expect(tooltip).toContain('CA');
    expect(tooltip).toContain('<span>Median</span><span>350</span>');
    expect(tooltip).toContain('<span># Outliers</span><span>2</span>');

    const svg = renderEchartsSvg(option);
    expect(svg).toContain('>CA<');
    expect(svg).toContain('>NY<');
  });

  it('names boxes by group and metric when there are several metrics', () => {
    const { option } = boxPlotPlugin.transformProps(
      { ...formData, groupby: [], metrics: ['sum__num', 'count'] },
      [chartDataResult([], [], [{ ...stats(1, 2, 3, 4, 5), count__median: 7 }])],
      { verboseMap: { count: 'Row count' } },
    ) as EchartsProps;
    expect((option as BoxOption).xAxis.data).toEqual(['sum__num', 'Row count']);
  });

  it('needs the distribution columns, metrics and a readable whisker option', () => {
    expect(
      boxPlotPlugin.validate({ datasource: '4__table', whiskerOptions: '98/2 percentiles' }),
    ).toEqual([
      { control: 'columns', message: 'Distribute across cannot be empty.' },
      { control: 'metrics', message: 'Metrics cannot be empty.' },
      {
        control: 'whiskerOptions',
        message: 'Whisker/outlier options must be Tukey, Min/max or "<low>/<high> percentiles".',
      },
    ]);
    expect(boxPlotPlugin.validate(formData)).toEqual([]);
  });
});
