import { queryContextSchema } from '@superset-ts/shared';
import { beforeEach, describe, expect, it } from 'vitest';
import { getLabelColors } from '../../color/label-colors';
import type { EchartsProps } from '../../echarts/EchartsView';
import { chartDataResult } from '../../testing/chart-data-result';
import { renderEchartsSvg } from '../../testing/echarts-svg';
import './GraphView';
import { graphPlugin } from '.';

const formData = {
  datasource: '6__table',
  viz_type: 'graph_chart',
  source: 'from_team',
  target: 'to_team',
  source_category: 'from_league',
  metric: 'sum__passes',
  row_limit: 1000,
};

const response = [
  chartDataResult(
    ['from_team', 'to_team', 'from_league', 'sum__passes'],
    [1, 1, 1, 0],
    [
      { from_team: 'Ajax', to_team: 'PSV', from_league: 'NL', sum__passes: 40 },
      { from_team: 'PSV', to_team: 'Lyon', from_league: 'NL', sum__passes: 10 },
      { from_team: 'Lyon', to_team: 'Ajax', from_league: 'FR', sum__passes: 20 },
      { from_team: 'Lyon', to_team: 'PSV', from_league: 'FR', sum__passes: 0 },
    ],
  ),
];

interface Node {
  id: string;
  name: string;
  value: number;
  category?: string;
  symbolSize: number;
  itemStyle: { color: string };
}
type GraphOption = {
  legend: { data: string[]; show: boolean };
  tooltip: { formatter: (params: unknown) => string };
  series: [
    {
      data: Node[];
      links: { source: string; target: string; value: number; lineStyle: { width: number } }[];
      roam: boolean | string;
      edgeSymbol: string[];
    },
  ];
};

describe('graph_chart', () => {
  beforeEach(() => getLabelColors().reset());

  it('queries the metric by source, target and category columns', () => {
    const [query] = queryContextSchema.parse(
      graphPlugin.buildQuery({ ...formData, target_category: 'from_league' }),
    ).queries;
    expect(query).toMatchObject({
      columns: ['from_team', 'to_team', 'from_league'],
      metrics: ['sum__passes'],
    });
  });

  it('makes nodes sized by their edges and colored by the source category, skipping empty edges', () => {
    const { option } = graphPlugin.transformProps(formData, response, {}) as EchartsProps;
    const graph = option as unknown as GraphOption;
    const [series] = graph.series;
    expect(series.data.map((node) => [node.name, node.value, node.category])).toEqual([
      ['Ajax', 60, 'NL'],
      ['PSV', 50, 'NL'],
      ['Lyon', 30, 'FR'],
    ]);
    expect(series.data[0]?.symbolSize).toBeGreaterThan(series.data[2]?.symbolSize ?? Infinity);
    expect(series.data[0]?.itemStyle.color).not.toBe(series.data[2]?.itemStyle.color);
    expect(series.links.map((link) => [link.source, link.target, link.value])).toEqual([
      ['0', '1', 40],
      ['1', '2', 10],
      ['2', '0', 20],
    ]);
    expect(series.links[0]?.lineStyle.width).toBeGreaterThan(
      series.links[1]?.lineStyle.width ?? Infinity,
    );
    expect(graph.legend.data).toEqual(['NL', 'FR']);
    expect(series.roam).toBe(true);
    expect(series.edgeSymbol).toEqual(['none', 'arrow']);

    const tooltip = graph.tooltip.formatter({
      dataType: 'edge',
      name: '',
      value: 40,
      data: { source: '0', target: '1' },
    });
    expect(tooltip).toContain('Ajax &gt; PSV');
    expect(tooltip).toContain('<span>sum__passes</span><span>40</span>');
    expect(renderEchartsSvg({ ...option, series: [{ ...series, layout: 'circular' }] })).toContain(
      'Lyon',
    );
  });

  it('reads Superset saved toggles, booleans or text', () => {
    const { option } = graphPlugin.transformProps(
      { ...formData, roam: 'false', selectedMode: false, legendSort: 'asc' },
      response,
      {},
    ) as EchartsProps;
    const graph = option as unknown as GraphOption;
    expect(graph.series[0].roam).toBe(false);
    expect(graph.legend.data).toEqual(['FR', 'NL']);
  });

  it('needs a source, a target and a metric', () => {
    expect(graphPlugin.validate({ datasource: '6__table' })).toEqual([
      { control: 'source', message: 'Source cannot be empty.' },
      { control: 'target', message: 'Target cannot be empty.' },
      { control: 'metric', message: 'Metric cannot be empty.' },
    ]);
  });
});
