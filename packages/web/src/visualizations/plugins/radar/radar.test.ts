import { queryContextSchema } from '@superset-ts/shared';
import { beforeEach, describe, expect, it } from 'vitest';
import { getLabelColors } from '../../color/label-colors';
import type { EchartsProps } from '../../echarts/EchartsView';
import { chartDataResult } from '../../testing/chart-data-result';
import { renderEchartsSvg } from '../../testing/echarts-svg';
import './RadarView';
import { radarPlugin } from '.';

const formData = {
  datasource: '8__table',
  viz_type: 'radar',
  groupby: ['team'],
  metrics: ['speed', 'power'],
  row_limit: 10,
  number_format: ',d',
  label_type: 'key_value' as const,
  column_config: { power: { radarMetricMaxValue: 200 } },
};

const response = [
  chartDataResult(
    ['team', 'speed', 'power'],
    [1, 0, 0],
    [
      { team: 'red', speed: 40, power: 100 },
      { team: 'blue', speed: 80, power: 50 },
    ],
  ),
];

type RadarOption = {
  radar: { indicator: { name: string; min: number; max: number }[] };
  series: [
    {
      data: { name: string; value: number[] }[];
      label: { formatter: (p: { dataIndex: number; dimensionIndex: number }) => string };
    },
  ];
  tooltip: { formatter: (p: { dataIndex: number }) => string };
};

describe('radar', () => {
  beforeEach(() => getLabelColors().reset());

  it('queries the metrics by the groups, biggest first by the first metric', () => {
    const [query] = queryContextSchema.parse(radarPlugin.buildQuery(formData)).queries;
    expect(query).toMatchObject({
      columns: ['team'],
      metrics: ['speed', 'power'],
      orderby: [['speed', false]],
      row_limit: 10,
    });
    const [sorted] = queryContextSchema.parse(
      radarPlugin.buildQuery({ ...formData, timeseries_limit_metric: 'power' }),
    ).queries;
    expect(sorted?.orderby).toEqual([['power', false]]);
  });

  it('draws a shape per group on a spoke per metric, with a configured max for one metric', () => {
    const { option } = radarPlugin.transformProps(formData, response, {
      verboseMap: { speed: 'Top speed' },
    }) as EchartsProps;
    const { radar, series, tooltip } = option as RadarOption;
    expect(radar.indicator).toEqual([
      { name: 'Top speed', min: 0, max: 80 },
      { name: 'power', min: 0, max: 200 },
    ]);
    expect(series[0].data.map((group) => [group.name, group.value])).toEqual([
      ['red', [40, 100]],
      ['blue', [80, 50]],
    ]);
    expect(series[0].label.formatter({ dataIndex: 1, dimensionIndex: 0 })).toBe('blue: 80');
    expect(tooltip.formatter({ dataIndex: 0 })).toContain('<span>Top speed</span><span>40</span>');
    expect(renderEchartsSvg(option)).toContain('Top speed');
  });

  it('scales each group by its largest value when normalized, labels keep the real values', () => {
    const { option } = radarPlugin.transformProps(
      { ...formData, is_normalized: true, label_type: 'value' },
      response,
      {},
    ) as EchartsProps;
    const { radar, series } = option as RadarOption;
    expect(radar.indicator.map((axis) => axis.max)).toEqual([1, 1]);
    expect(series[0].data.map((group) => group.value)).toEqual([
      [0.4, 1],
      [1, 0.625],
    ]);
    expect(series[0].label.formatter({ dataIndex: 0, dimensionIndex: 1 })).toBe('100');
  });

  it('needs metrics', () => {
    expect(radarPlugin.validate({ datasource: '8__table' })).toEqual([
      { control: 'metrics', message: 'Metrics cannot be empty.' },
    ]);
  });
});
