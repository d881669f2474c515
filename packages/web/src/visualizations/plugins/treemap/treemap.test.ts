import { queryContextSchema } from '@superset-ts/shared';
import { beforeEach, describe, expect, it } from 'vitest';
import { getLabelColors } from '../../color/label-colors';
import type { EchartsProps } from '../../echarts/EchartsView';
import { chartDataResult } from '../../testing/chart-data-result';
import { renderEchartsSvg } from '../../testing/echarts-svg';
import './TreemapView';
import { treemapPlugin } from '.';

const formData = {
  datasource: '3__table',
  viz_type: 'treemap_v2',
  groupby: ['gender', 'state'],
  metric: 'sum__num',
  row_limit: 100,
  sort_by_metric: true,
  number_format: ',d',
};

const response = [
  chartDataResult(
    ['gender', 'state', 'sum__num'],
    [1, 1, 0],
    [
      { gender: 'boy', state: 'CA', sum__num: 600 },
      { gender: 'girl', state: 'CA', sum__num: 300 },
      { gender: 'boy', state: 'NY', sum__num: 200 },
      { gender: 'girl', state: null, sum__num: 100 },
    ],
  ),
];

interface Item {
  name: string;
  value: number;
  children?: Item[];
  itemStyle?: { color?: string };
}
type TreemapOption = {
  tooltip: { formatter: (params: unknown) => string };
  series: [{ name: string; data: Item[]; label: { formatter: (p: unknown) => string } }];
};

describe('treemap_v2', () => {
  beforeEach(() => getLabelColors().reset());

  it('queries the metric by every dimension, largest first, siblings together', () => {
    const [query] = queryContextSchema.parse(treemapPlugin.buildQuery(formData)).queries;
    expect(query).toMatchObject({
      columns: ['gender', 'state'],
      metrics: ['sum__num'],
      orderby: [
        ['sum__num', false],
        ['gender', true],
        ['state', true],
      ],
      row_limit: 100,
    });
  });

  it('nests rectangles by dimension with parents summing their children', () => {
    const { option } = treemapPlugin.transformProps(formData, response, {}) as EchartsProps;
    const [series] = (option as unknown as TreemapOption).series;
    expect(series.name).toBe('sum__num');
    expect(series.data.map((node) => [node.name, node.value])).toEqual([
      ['boy', 800],
      ['girl', 400],
    ]);
    expect(series.data[1]?.children?.map((node) => node.name)).toEqual(['CA', '<NULL>']);
    expect(series.data[0]?.itemStyle?.color).not.toBe(series.data[1]?.itemStyle?.color);
  });

  it('labels with name and formatted value, and shows the path and share of parent on hover', () => {
    const { option } = treemapPlugin.transformProps(formData, response, {
      verboseMap: { sum__num: 'Births' },
    }) as EchartsProps;
    const treemap = option as unknown as TreemapOption;
    expect(treemap.series[0].label.formatter({ name: 'CA', value: 6000 })).toBe('CA: 6,000');
    const tooltip = treemap.tooltip.formatter({
      treePathInfo: [
        { name: 'Births', value: 1200 },
        { name: 'boy', value: 800 },
        { name: 'CA', value: 600 },
      ],
    });
    expect(tooltip).toContain('boy ▸ CA');
    expect(tooltip).toContain('<span>Births</span><span>600 (75.00%)</span>');

    const svg = renderEchartsSvg(option);
    expect(svg).toContain('CA: 600');
  });

  it('needs dimensions and a metric', () => {
    expect(treemapPlugin.validate({ datasource: '3__table' })).toEqual([
      { control: 'groupby', message: 'Dimensions cannot be empty.' },
      { control: 'metric', message: 'Metric cannot be empty.' },
    ]);
    expect(treemapPlugin.validate(formData)).toEqual([]);
  });
});
