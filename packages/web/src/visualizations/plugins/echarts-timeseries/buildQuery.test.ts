import { queryContextSchema } from '@superset-ts/shared';
import { describe, expect, it } from 'vitest';
import { lineChartPlugin } from '../echarts-timeseries-line';
import type { TimeseriesFormData } from './types';

const sumNum = {
  expressionType: 'SIMPLE' as const,
  aggregate: 'SUM' as const,
  column: { column_name: 'num' },
  label: 'SUM(num)',
};

const formData: TimeseriesFormData = {
  datasource: '1__table',
  viz_type: 'echarts_timeseries_line',
  x_axis: 'ds',
  time_grain_sqla: 'P1Y',
  metrics: [sumNum],
  groupby: ['gender'],
  limit: 10,
  order_desc: true,
  row_limit: 10000,
  truncate_metric: true,
  show_empty_columns: true,
  adhoc_filters: [
    {
      expressionType: 'SIMPLE',
      clause: 'WHERE',
      subject: 'ds',
      operator: 'TEMPORAL_RANGE',
      comparator: 'No filter',
    },
  ],
};

describe('time-series buildQuery', () => {
  it('sends a query context the server accepts, pivoted by the x-axis with one series per gender', () => {
    const context = queryContextSchema.parse(lineChartPlugin.buildQuery(formData));
    const [query] = context.queries;
    expect(context.datasource).toEqual({ id: 1, type: 'table' });
    expect(query?.columns).toEqual([
      {
        timeGrain: 'P1Y',
        columnType: 'BASE_AXIS',
        sqlExpression: 'ds',
        label: 'ds',
        expressionType: 'SQL',
      },
      'gender',
    ]);
    expect(query?.series_columns).toEqual(['gender']);
    expect(query?.series_limit).toBe(10);
    expect(query?.orderby).toEqual([[sumNum, false]]);
    expect(query?.filters).toEqual([{ col: 'ds', op: 'TEMPORAL_RANGE', val: 'No filter' }]);
    expect(query?.post_processing).toEqual([
      {
        operation: 'pivot',
        options: {
          index: ['ds'],
          columns: ['gender'],
          aggregates: { 'SUM(num)': { operator: 'mean' } },
          drop_missing_columns: false,
        },
      },
      { operation: 'rename', options: { columns: { 'SUM(num)': null }, level: 0, inplace: true } },
      { operation: 'flatten' },
    ]);
  });

  it('keeps the metric in series names with several metrics and adds rolling and contribution steps', () => {
    const context = lineChartPlugin.buildQuery({
      ...formData,
      metrics: [sumNum, 'count'],
      rolling_type: 'cumsum',
      contributionMode: 'row',
    });
    const steps = queryContextSchema
      .parse(context)
      .queries[0]?.post_processing.map((s) => s.operation);
    expect(steps).toEqual(['pivot', 'cum', 'contribution', 'flatten']);
  });

  it('asks the server for the shifted periods of a time comparison and compares them', () => {
    const context = lineChartPlugin.buildQuery({
      ...formData,
      time_compare: ['1 year ago', '52 weeks ago'],
      comparison_type: 'difference',
      resample_rule: '1AS',
      resample_method: 'linear',
    });
    const [query] = queryContextSchema.parse(context).queries;
    expect(query?.time_offsets).toEqual(['1 year ago', '52 weeks ago']);
    expect(query?.post_processing.map((step) => step.operation)).toEqual([
      'pivot',
      'compare',
      'resample',
      'rename',
      'flatten',
    ]);
    expect(query?.post_processing[3]?.options?.columns).toEqual({
      'difference__SUM(num)__SUM(num)__1 year ago': '1 year ago',
      'difference__SUM(num)__SUM(num)__52 weeks ago': '52 weeks ago',
    });
  });

  it('reports the incomplete controls instead of building a query', () => {
    const errors = lineChartPlugin.validate({
      datasource: '1__table',
      viz_type: 'echarts_timeseries_line',
    });
    expect(errors.map((error) => error.message)).toEqual([
      'X-axis cannot be empty.',
      'Metrics cannot be empty.',
    ]);
  });
});
