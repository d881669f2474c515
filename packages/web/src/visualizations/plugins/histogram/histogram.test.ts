import { queryContextSchema } from '@superset-ts/shared';
import { beforeEach, describe, expect, it } from 'vitest';
import { getLabelColors } from '../../color/label-colors';
import type { EchartsProps } from '../../echarts/EchartsView';
import { chartDataResult } from '../../testing/chart-data-result';
import { renderEchartsSvg } from '../../testing/echarts-svg';
import './HistogramView';
import { histogramPlugin } from '.';

const formData = {
  datasource: '3__table',
  viz_type: 'histogram_v2',
  column: 'num',
  groupby: ['gender'],
  bins: '3',
  cumulative: true,
  x_axis_format: ',.1f',
  y_axis_format: ',d',
};

const response = [
  chartDataResult(
    ['gender', '0.0 - 10.0', '10.0 - 20.0', '20.0 - 30.0'],
    [1, 0, 0, 0],
    [
      { gender: 'boy', '0.0 - 10.0': 3, '10.0 - 20.0': 5, '20.0 - 30.0': 6 },
      { gender: 'girl', '0.0 - 10.0': 1, '10.0 - 20.0': 4, '20.0 - 30.0': 9 },
    ],
  ),
];

type HistogramOption = {
  xAxis: { data: string[] };
  series: { name: string; data: number[] }[];
  tooltip: { formatter: (params: { name: string; seriesName: string; value: number }[]) => string };
};

describe('histogram_v2', () => {
  beforeEach(() => getLabelColors().reset());

  it('queries the raw column values and has the server bin them per group', () => {
    const [query] = queryContextSchema.parse(histogramPlugin.buildQuery(formData)).queries;
    expect(query).toMatchObject({
      columns: ['gender', 'num'],
      post_processing: [
        {
          operation: 'histogram',
          options: {
            column: 'num',
            groupby: ['gender'],
            bins: 3,
            cumulative: true,
            normalize: false,
          },
        },
      ],
    });
    expect(query?.metrics).toBeUndefined();
  });

  it('draws a bar series per group over the bins, bounds in the x format', () => {
    const { option } = histogramPlugin.transformProps(formData, response, {}) as EchartsProps;
    const { xAxis, series, tooltip } = option as HistogramOption;
    expect(xAxis.data).toEqual(['0.0 - 10.0', '10.0 - 20.0', '20.0 - 30.0']);
    expect(series.map((s) => [s.name, s.data])).toEqual([
      ['boy', [3, 5, 6]],
      ['girl', [1, 4, 9]],
    ]);
    const html = tooltip.formatter([
      { name: '0.0 - 10.0', seriesName: 'boy', value: 3 },
      { name: '0.0 - 10.0', seriesName: 'girl', value: 1 },
    ]);
    expect(html).toContain('<span>boy</span><span>3</span><span>75.00%</span>');
    expect(html).toContain('<span>Total</span><span>4</span><span>100.00%</span>');
    expect(renderEchartsSvg(option)).toContain('>girl<');
  });

  it('names the single series after the column when there are no groups', () => {
    const { option } = histogramPlugin.transformProps(
      { ...formData, groupby: [] },
      [chartDataResult(['0 - 1'], [0], [{ '0 - 1': 2 }])],
      { verboseMap: { num: 'Number of babies' } },
    ) as EchartsProps;
    expect((option as HistogramOption).series.map((s) => s.name)).toEqual(['Number of babies']);
  });

  it('needs a column and a whole number of bins', () => {
    expect(histogramPlugin.validate({ datasource: '3__table', bins: '2.5' })).toEqual([
      { control: 'column', message: 'Column cannot be empty.' },
      { control: 'bins', message: 'Bins must be a whole number from 1 to 1000.' },
    ]);
    expect(histogramPlugin.validate(formData)).toEqual([]);
  });
});
