import { queryContextSchema } from '@superset-ts/shared';
import { beforeEach, describe, expect, it } from 'vitest';
import { getLabelColors } from '../../color/label-colors';
import type { EchartsProps } from '../../echarts/EchartsView';
import { chartDataResult } from '../../testing/chart-data-result';
import { renderEchartsSvg } from '../../testing/echarts-svg';
import './FunnelView';
import { funnelPlugin } from '.';
import { stepShares } from './transformProps';
import { FunnelLabelType } from './types';

const formData = {
  datasource: '6__table',
  viz_type: 'funnel',
  groupby: ['stage'],
  metric: 'count',
  row_limit: 10,
  label_type: FunnelLabelType.KeyPercent,
  percent_calculation_type: 'prev_step' as const,
};

const response = [
  chartDataResult(
    ['stage', 'count'],
    [1, 0],
    [
      { stage: 'Visit', count: 1000 },
      { stage: 'Sign up', count: 400 },
      { stage: 'Pay', count: 100 },
    ],
  ),
];

type FunnelOption = {
  series: [{ data: { name: string; value: number; label: { formatter: string } }[] }];
  tooltip: { formatter: (p: { dataIndex: number }) => string };
};

describe('funnel', () => {
  beforeEach(() => getLabelColors().reset());

  it('queries the metric by the stages, largest first', () => {
    const [query] = queryContextSchema.parse(funnelPlugin.buildQuery(formData)).queries;
    expect(query).toMatchObject({
      columns: ['stage'],
      metrics: ['count'],
      orderby: [['count', false]],
      row_limit: 10,
    });
  });

  it('labels each step with its share of the previous step', () => {
    const { option } = funnelPlugin.transformProps(formData, response, {}) as EchartsProps;
    const { series, tooltip } = option as FunnelOption;
    expect(series[0].data.map((step) => [step.name, step.value, step.label.formatter])).toEqual([
      ['Visit', 1000, 'Visit: 100.00%'],
      ['Sign up', 400, 'Sign up: 40.00%'],
      ['Pay', 100, 'Pay: 25.00%'],
    ]);
    expect(tooltip.formatter({ dataIndex: 2 })).toContain(
      '<span>count</span><span>100</span><span>25.00%</span>',
    );
    expect(renderEchartsSvg(option)).toContain('Sign up: 40.00%');
  });

  it('computes shares of the first step, the previous step or the total', () => {
    expect(stepShares([200, 100, 50], 'first_step')).toEqual([1, 0.5, 0.25]);
    expect(stepShares([200, 100, 50], 'prev_step')).toEqual([1, 0.5, 0.5]);
    expect(stepShares([200, 100, 100], 'total')).toEqual([0.5, 0.25, 0.25]);
    expect(stepShares([0, 5], 'first_step')).toEqual([0, 0]);
  });

  it('needs a metric', () => {
    expect(funnelPlugin.validate({ datasource: '6__table' })).toEqual([
      { control: 'metric', message: 'Metric cannot be empty.' },
    ]);
  });
});
