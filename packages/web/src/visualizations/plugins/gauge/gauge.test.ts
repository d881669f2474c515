import { queryContextSchema } from '@superset-ts/shared';
import { beforeEach, describe, expect, it } from 'vitest';
import { getCategoricalScheme } from '../../color/categorical-schemes';
import { getLabelColors } from '../../color/label-colors';
import type { EchartsProps } from '../../echarts/EchartsView';
import { chartDataResult } from '../../testing/chart-data-result';
import { renderEchartsSvg } from '../../testing/echarts-svg';
import './GaugeView';
import { gaugePlugin } from '.';
import { intervalColorStops } from './intervals';

const formData = {
  datasource: '7__table',
  viz_type: 'gauge_chart',
  groupby: [],
  metric: 'score',
  min_val: 0,
  max_val: '100',
  value_formatter: '{value} pts',
  number_format: ',d',
  intervals: '50,80,100',
  interval_color_indices: '6,7,3',
};

type GaugeOption = {
  series: [
    {
      min: number;
      max: number;
      data: { name: string; value: number }[];
      axisLine: { lineStyle: { color: [number, string][] } };
      detail: { formatter: (value: number) => string };
    },
  ];
};

describe('gauge_chart', () => {
  beforeEach(() => getLabelColors().reset());

  it('queries the metric, by the dimensions when there are any', () => {
    const [query] = queryContextSchema.parse(
      gaugePlugin.buildQuery({ ...formData, groupby: ['team'], sort_by_metric: true }),
    ).queries;
    expect(query).toMatchObject({
      columns: ['team'],
      metrics: ['score'],
      orderby: [['score', false]],
    });
  });

  it('shows the value on the axis from min to max, with colored intervals', () => {
    const response = [chartDataResult(['score'], [0], [{ score: 72 }])];
    const { option } = gaugePlugin.transformProps(formData, response, {}) as EchartsProps;
    const [series] = (option as GaugeOption).series;
    const colors = getCategoricalScheme('supersetColors').colors;
    expect([series.min, series.max]).toEqual([0, 100]);
    expect(series.data.map((reading) => [reading.name, reading.value])).toEqual([['score', 72]]);
    expect(series.axisLine.lineStyle.color).toEqual([
      [0.5, colors[5]],
      [0.8, colors[6]],
      [1, colors[2]],
    ]);
    expect(series.detail.formatter(72)).toBe('72 pts');
    expect(renderEchartsSvg(option)).toContain('72 pts');
  });

  it('names readings by their groups and doubles the largest value without a max', () => {
    const response = [
      chartDataResult(
        ['team', 'score'],
        [1, 0],
        [
          { team: 'red', score: 30 },
          { team: 'blue', score: 45 },
        ],
      ),
    ];
    const { option } = gaugePlugin.transformProps(
      { ...formData, groupby: ['team'], max_val: null, intervals: '' },
      response,
      { verboseMap: { team: 'Team' } },
    ) as EchartsProps;
    const [series] = (option as GaugeOption).series;
    expect(series.data.map((reading) => reading.name)).toEqual(['Team: red', 'Team: blue']);
    expect(series.max).toBe(90);
  });

  it('places interval bounds relative to a non-zero min', () => {
    expect(intervalColorStops({ intervals: '15,20' }, 10, 20, ['#a', '#b'])).toEqual([
      [0.5, '#a'],
      [1, '#b'],
    ]);
  });

  it('needs a metric', () => {
    expect(gaugePlugin.validate({ datasource: '7__table' })).toEqual([
      { control: 'metric', message: 'Metric cannot be empty.' },
    ]);
  });
});
