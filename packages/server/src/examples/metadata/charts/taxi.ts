import { chartsOverTable } from './chart-factory.js';
import type { ExampleChartDefinition } from '../example-definitions.js';

const chart = chartsOverTable('taxi_trips', 'pickup_at');

/** The charts of "Taxi Trips: 3 Million Rows", each scanning the whole fact table. */
export const TAXI_CHARTS = {
  total: chart('taxi_total_trips', 'Total Trips', 'big_number_total', {
    metric: 'count',
    subheader: 'trips',
    y_axis_format: ',d',
  }),
  perDay: chart('taxi_trips_per_day', 'Trips per Day', 'echarts_timeseries_line', {
    x_axis: 'pickup_at',
    time_grain_sqla: 'P1D',
    metrics: ['count'],
    groupby: [],
    y_axis_format: ',d',
    zoomable: true,
  }),
  fareByBorough: chart('taxi_fare_by_borough', 'Fares by Borough', 'echarts_timeseries_bar', {
    x_axis: 'borough',
    metrics: ['sum__fare_amount'],
    groupby: [],
    y_axis_format: '$,.3s',
    row_limit: 100,
  }),
  paymentType: chart('taxi_payment_type', 'Trips by Payment Type', 'pie', {
    groupby: ['payment_type'],
    metric: 'count',
    donut: true,
    show_labels: true,
    label_type: 'percent',
    labels_outside: false,
    show_legend: true,
  }),
  tipsByHour: chart('taxi_tips_by_hour', 'Average Tip by Hour and Weekday', 'heatmap_v2', {
    x_axis: 'pickup_hour',
    groupby: 'pickup_weekday',
    metric: 'avg__tip_amount',
    y_axis_format: '$,.2f',
    show_values: false,
    sort_x_axis: 'alpha_asc',
    sort_y_axis: 'alpha_asc',
  }),
} satisfies Record<string, ExampleChartDefinition>;
