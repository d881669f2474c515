import { queryContextSchema } from '@superset-ts/shared';
import { beforeEach, describe, expect, it } from 'vitest';
import { getLabelColors } from '../../color/label-colors';
import type { EchartsProps } from '../../echarts/EchartsView';
import { chartDataResult } from '../../testing/chart-data-result';
import { pieChartPlugin } from '.';

const formData = {
  datasource: '2__table',
  viz_type: 'pie',
  groupby: ['gender', 'state'],
  metric: 'count',
  sort_by_metric: true,
  row_limit: 100,
  label_type: 'key_percent',
  show_labels_threshold: 5,
};

describe('pie', () => {
  beforeEach(() => getLabelColors().reset());

  it('queries the metric by the dimensions, largest first', () => {
    const [query] = queryContextSchema.parse(pieChartPlugin.buildQuery(formData)).queries;
    expect(query).toMatchObject({
      columns: ['gender', 'state'],
      metrics: ['count'],
      orderby: [['count', false]],
      row_limit: 100,
    });
  });

  it('makes a slice per row named by its dimension values, labels only above the threshold', () => {
    const response = [
      chartDataResult(
        ['gender', 'state', 'count'],
        [1, 1, 0],
        [
          { gender: 'boy', state: 'CA', count: 96 },
          { gender: 'girl', state: null, count: 4 },
        ],
      ),
    ];
    const { option } = pieChartPlugin.transformProps(formData, response, {}) as EchartsProps;
    const data = (
      option as {
        series: {
          data: { name: string; value: number; label: { show: boolean; formatter: string } }[];
        }[];
      }
    ).series[0]?.data;
    expect(
      data?.map((slice) => [slice.name, slice.value, slice.label.show, slice.label.formatter]),
    ).toEqual([
      ['boy, CA', 96, true, 'boy, CA: 96.00%'],
      ['girl, <NULL>', 4, false, 'girl, <NULL>: 4.00%'],
    ]);
  });

  it('needs a metric', () => {
    expect(pieChartPlugin.validate({ datasource: '2__table' })).toEqual([
      { control: 'metric', message: 'Metric cannot be empty.' },
    ]);
  });
});
