import { queryContextSchema } from '@superset-ts/shared';
import { beforeEach, describe, expect, it } from 'vitest';
import { getLabelColors } from '../../color/label-colors';
import type { EchartsProps } from '../../echarts/EchartsView';
import { chartDataResult } from '../../testing/chart-data-result';
import { renderEchartsSvg } from '../../testing/echarts-svg';
import './BubbleView';
import { bubblePlugin } from '.';

const formData = {
  datasource: '9__table',
  viz_type: 'bubble_v2',
  entity: 'country',
  series: 'region',
  x: 'gdp',
  y: 'life_expectancy',
  size: 'population',
  orderby: 'population',
  order_desc: true,
  row_limit: 100,
  max_bubble_size: '25',
  y_axis_format: ',.1f',
};

const response = [
  chartDataResult(
    ['country', 'region', 'gdp', 'life_expectancy', 'population'],
    [1, 1, 0, 0, 0],
    [
      { country: 'France', region: 'Europe', gdp: 40000, life_expectancy: 82.5, population: 68 },
      { country: 'Spain', region: 'Europe', gdp: 30000, life_expectancy: 83.1, population: 48 },
      { country: 'Japan', region: 'Asia', gdp: 34000, life_expectancy: 84.6, population: 125 },
    ],
  ),
];

type BubbleOption = {
  legend: { data: string[] };
  series: { name: string; data: unknown[][]; symbolSize: (value: unknown[]) => number }[];
  tooltip: { formatter: (p: { value: unknown[] }) => string };
};

describe('bubble_v2', () => {
  beforeEach(() => getLabelColors().reset());

  it('queries x, y and size by entity and series, sorted by the chosen metric', () => {
    const [query] = queryContextSchema.parse(bubblePlugin.buildQuery(formData)).queries;
    expect(query).toMatchObject({
      columns: ['country', 'region'],
      metrics: ['gdp', 'life_expectancy', 'population'],
      orderby: [['population', false]],
      row_limit: 100,
    });
  });

  it('plots a bubble per entity, colored by series, sized from 5 px to twice the max size', () => {
    const { option } = bubblePlugin.transformProps(formData, response, {
      verboseMap: { life_expectancy: 'Life expectancy' },
    }) as EchartsProps;
    const { legend, series, tooltip } = option as BubbleOption;
    expect(legend.data).toEqual(['Europe', 'Asia']);
    expect(series.map((s) => [s.name, s.data.map((point) => point[3])])).toEqual([
      ['Europe', ['France', 'Spain']],
      ['Asia', ['Japan']],
    ]);
    const [europe, asia] = series;
    expect(asia?.symbolSize(asia.data[0] ?? [])).toBe(55);
    expect(europe?.symbolSize(europe.data[1] ?? [])).toBe(5);
    const html = tooltip.formatter({ value: europe?.data[0] ?? [] });
    expect(html).toContain('France (Europe)');
    expect(html).toContain('<span>Life expectancy</span><span>82.5</span>');
    expect(renderEchartsSvg(option)).toContain('>Asia<');
  });

  it('needs an entity and the x, y and size metrics', () => {
    expect(bubblePlugin.validate({ datasource: '9__table' })).toEqual([
      { control: 'entity', message: 'Entity cannot be empty.' },
      { control: 'x', message: 'X Axis cannot be empty.' },
      { control: 'y', message: 'Y Axis cannot be empty.' },
      { control: 'size', message: 'Bubble Size cannot be empty.' },
    ]);
  });
});
