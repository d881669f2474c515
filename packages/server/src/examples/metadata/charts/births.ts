import { chartsOverTable } from './chart-factory.js';
import type { ExampleChartDefinition } from '../example-definitions.js';

const chart = chartsOverTable('birth_names', 'ds');

/** The charts of "USA Births Names", over birth_names. */
export const BIRTHS_CHARTS = {
  girls: chart('births_girls', 'Girls', 'big_number_total', {
    metric: 'sum__num_girls',
    subheader: 'girls born',
    y_axis_format: ',.3s',
  }),
  boys: chart('births_boys', 'Boys', 'big_number_total', {
    metric: 'sum__num_boys',
    subheader: 'boys born',
    y_axis_format: ',.3s',
  }),
  overTime: chart('births_over_time', 'Births over Time by Gender', 'echarts_timeseries_line', {
    x_axis: 'ds',
    time_grain_sqla: 'P1Y',
    metrics: ['sum__num'],
    groupby: ['gender'],
    y_axis_format: ',.3s',
  }),
  wordCloud: chart('births_name_cloud', 'Top Names', 'word_cloud', {
    series: 'name',
    metric: 'sum__num',
    row_limit: 100,
    size_from: 10,
    size_to: 70,
    rotation: 'square',
  }),
  gender: chart('births_gender', 'Births by Gender', 'pie', {
    groupby: ['gender'],
    metric: 'sum__num',
    donut: true,
    show_labels: true,
    label_type: 'key_percent',
  }),
  topNames: chart('births_top_names', 'Most Given Names', 'table', {
    query_mode: 'aggregate',
    groupby: ['name', 'gender'],
    metrics: ['sum__num'],
    timeseries_limit_metric: 'sum__num',
    order_desc: true,
    row_limit: 50,
  }),
  byState: chart('births_by_state', 'Births by State', 'country_map', {
    select_country: 'usa',
    entity: 'state_iso',
    metric: 'sum__num',
    number_format: ',.3s',
  }),
  pivot: chart('births_state_decade', 'Births by State and Decade', 'pivot_table_v2', {
    groupbyRows: ['state'],
    groupbyColumns: ['decade'],
    metrics: ['sum__num'],
    aggregateFunction: 'Sum',
    rowTotals: true,
    colTotals: true,
    valueFormat: ',d',
  }),
} satisfies Record<string, ExampleChartDefinition>;
