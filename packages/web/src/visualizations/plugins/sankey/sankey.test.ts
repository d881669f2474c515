import { queryContextSchema } from '@superset-ts/shared';
import { beforeEach, describe, expect, it } from 'vitest';
import { getLabelColors } from '../../color/label-colors';
import { resolveChartState } from '../../core/chart-state';
import type { EchartsProps } from '../../echarts/EchartsView';
import { chartDataResult } from '../../testing/chart-data-result';
import { renderEchartsSvg } from '../../testing/echarts-svg';
import './SankeyView';
import { findCycle } from './find-cycle';
import { sankeyPlugin } from '.';

const formData = {
  datasource: '5__table',
  viz_type: 'sankey_v2',
  source: 'origin',
  target: 'destination',
  metric: 'sum__value',
  row_limit: 1000,
  sort_by_metric: true,
};

const flows = (rows: [string | null, string, number][]) => [
  chartDataResult(
    ['origin', 'destination', 'sum__value'],
    [1, 1, 0],
    rows.map(([origin, destination, value]) => ({ origin, destination, sum__value: value })),
  ),
];

type SankeyOption = {
  tooltip: { formatter: (params: unknown) => string };
  series: [
    { data: { name: string }[]; links: { source: string; target: string; value: number }[] },
  ];
};

describe('sankey_v2', () => {
  beforeEach(() => getLabelColors().reset());

  it('queries the metric by source and target, biggest flows first', () => {
    const [query] = queryContextSchema.parse(sankeyPlugin.buildQuery(formData)).queries;
    expect(query).toMatchObject({
      columns: ['origin', 'destination'],
      metrics: ['sum__value'],
      orderby: [
        ['sum__value', false],
        ['origin', true],
        ['destination', true],
      ],
    });
  });

  it('draws a node per place and a link per row, with shares of each end in the tooltip', () => {
    const response = flows([
      ['Coal', 'Electricity', 30],
      ['Gas', 'Electricity', 10],
      ['Electricity', 'Homes', 25],
      [null, 'Homes', 5],
    ]);
    const { option } = sankeyPlugin.transformProps(formData, response, {}) as EchartsProps;
    const sankey = option as unknown as SankeyOption;
    expect(sankey.series[0].data.map((node) => node.name)).toEqual([
      'Coal',
      'Electricity',
      'Gas',
      'Homes',
      '<NULL>',
    ]);
    expect(sankey.series[0].links[0]).toEqual({ source: 'Coal', target: 'Electricity', value: 30 });
    const tooltip = sankey.tooltip.formatter({
      name: 'Coal > Electricity',
      value: 30,
      data: { source: 'Coal', target: 'Electricity' },
    });
    expect(tooltip).toContain('<span>% (Coal)</span><span>100.00%</span>');
    expect(tooltip).toContain('<span>% (Electricity)</span><span>75.00%</span>');
    expect(renderEchartsSvg(option)).toContain('Electricity');
  });

  it('explains a loop in the flows instead of drawing nothing', () => {
    const state = resolveChartState({
      plugin: sankeyPlugin,
      formData,
      queriesResponse: flows([
        ['A', 'B', 1],
        ['B', 'C', 1],
        ['C', 'A', 1],
      ]),
    });
    expect(state).toEqual({
      kind: 'message',
      message: {
        kind: 'render-error',
        message:
          'The flows form a loop (A → B → C → A); a Sankey chart needs flows that never come back to a node.',
      },
    });
    expect(findCycle([{ source: 'A', target: 'A', value: 1 }])).toEqual(['A', 'A']);
    expect(
      findCycle([
        { source: 'A', target: 'B', value: 1 },
        { source: 'A', target: 'C', value: 1 },
        { source: 'B', target: 'C', value: 1 },
      ]),
    ).toBeUndefined();
  });

  it('needs a source, a target and a metric', () => {
    expect(sankeyPlugin.validate({ datasource: '5__table' })).toEqual([
      { control: 'source', message: 'Source cannot be empty.' },
      { control: 'target', message: 'Target cannot be empty.' },
      { control: 'metric', message: 'Metric cannot be empty.' },
    ]);
  });
});
