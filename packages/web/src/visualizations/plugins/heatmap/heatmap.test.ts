import { queryContextSchema } from '@superset-ts/shared';
import { describe, expect, it } from 'vitest';
import { getSequentialScheme } from '../../color/sequential-schemes';
import type { EchartsProps } from '../../echarts/EchartsView';
import { chartDataResult, day } from '../../testing/chart-data-result';
import { renderEchartsSvg } from '../../testing/echarts-svg';
import './HeatmapView';
import { heatmapPlugin } from '.';

const formData = {
  datasource: '5__table',
  viz_type: 'heatmap_v2',
  x_axis: 'ds',
  time_grain_sqla: 'P1D',
  groupby: 'state',
  metric: 'count',
  sort_x_axis: 'alpha_asc' as const,
  sort_y_axis: 'value_desc' as const,
  normalize_across: 'x' as const,
  linear_color_scheme: 'fire',
  x_axis_time_format: '%b %d',
  y_axis_format: ',d',
};

const response = [
  chartDataResult(
    ['ds', 'state', 'count', 'rank'],
    [2, 1, 0, 0],
    [
      { ds: day('2024-01-02'), state: 'CA', count: 30, rank: 1 },
      { ds: day('2024-01-01'), state: 'CA', count: 10, rank: 0.5 },
      { ds: day('2024-01-01'), state: 'NY', count: 10, rank: 0.5 },
      { ds: day('2024-01-02'), state: 'NY', count: 90, rank: 1 },
    ],
  ),
];

type HeatmapOption = {
  xAxis: { data: string[] };
  yAxis: { data: string[] };
  visualMap: { min: number; max: number; dimension: number; inRange: { color: string[] } };
  series: [{ data: (number | null)[][] }];
  tooltip: { formatter: (p: { value: [number, number, number] }) => string };
};

describe('heatmap_v2', () => {
  it('queries the metric by x and y, sorted axes in SQL, ranked within each x', () => {
    const [query] = queryContextSchema.parse(heatmapPlugin.buildQuery(formData)).queries;
    expect(query?.columns).toEqual([
      {
        timeGrain: 'P1D',
        columnType: 'BASE_AXIS',
        sqlExpression: 'ds',
        label: 'ds',
        expressionType: 'SQL',
      },
      'state',
    ]);
    expect(query?.metrics).toEqual(['count']);
    // The y-axis sorts by metric totals after the query, so only x is ordered in SQL.
    expect(query?.orderby).toEqual([['ds', true]]);
    expect(query?.post_processing).toEqual([
      { operation: 'rank', options: { metric: 'count', group_by: 'ds' } },
    ]);
  });

  it('places a cell per x and y value, axes sorted and colored along the linear scheme', () => {
    const { option } = heatmapPlugin.transformProps(formData, response, {}) as EchartsProps;
    const { xAxis, yAxis, visualMap, series, tooltip } = option as HeatmapOption;
    expect(xAxis.data).toEqual(['Jan 01', 'Jan 02']);
    expect(yAxis.data).toEqual(['NY', 'CA']);
    expect(series[0].data).toEqual([
      [1, 1, 30],
      [0, 1, 10],
      [0, 0, 10],
      [1, 0, 90],
    ]);
    expect(visualMap).toMatchObject({ min: 10, max: 90, dimension: 2 });
    expect(visualMap.inRange.color).toEqual(getSequentialScheme('fire').colors);
    expect(tooltip.formatter({ value: [1, 0, 90] })).toContain(
      '<span>count</span><span>90</span><span>75.00% (Jan 02)</span>',
    );
    const svg = renderEchartsSvg(option);
    expect(svg).toContain('>Jan 02<');
    expect(svg).toContain('>NY<');
  });

  it('colors by rank when normalized', () => {
    const { option } = heatmapPlugin.transformProps(
      { ...formData, normalized: true },
      response,
      {},
    ) as EchartsProps;
    const { visualMap, series } = option as HeatmapOption;
    expect(visualMap).toMatchObject({ min: 0.5, max: 1, dimension: 3 });
    expect(series[0].data[0]).toEqual([1, 1, 30, 1]);
  });

  it('needs the x-axis, the y-axis and a metric', () => {
    expect(heatmapPlugin.validate({ datasource: '5__table' })).toEqual([
      { control: 'x_axis', message: 'X-axis cannot be empty.' },
      { control: 'groupby', message: 'Y-Axis cannot be empty.' },
      { control: 'metric', message: 'Metric cannot be empty.' },
    ]);
  });
});
