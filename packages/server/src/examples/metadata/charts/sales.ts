import { chartsOverTable } from './chart-factory.js';
import type { ExampleChartDefinition } from '../example-definitions.js';

const chart = chartsOverTable('cleaned_sales_data', 'order_date');

/** The charts of the Sales Dashboard, over cleaned_sales_data. */
export const SALES_CHARTS = {
  total: chart('sales_total', 'Total Sales', 'big_number_total', {
    metric: 'total_sales',
    subheader: 'total sales',
    y_axis_format: '$,.3s',
  }),
  orders: chart('sales_orders', 'Number of Orders', 'big_number_total', {
    metric: 'orders',
    subheader: 'orders',
    y_axis_format: ',d',
  }),
  byMonth: chart('sales_by_month', 'Sales by Month', 'echarts_timeseries_line', {
    x_axis: 'order_date',
    time_grain_sqla: 'P1M',
    metrics: ['total_sales'],
    groupby: [],
    y_axis_format: '$,.0f',
    rich_tooltip: true,
    markerEnabled: true,
  }),
  byProductLine: chart('sales_by_product_line', 'Sales by Product Line', 'echarts_timeseries_bar', {
    x_axis: 'product_line',
    metrics: ['total_sales'],
    groupby: ['deal_size'],
    stack: true,
    y_axis_format: '$,.0f',
    row_limit: 1000,
  }),
  dealSize: chart('sales_deal_size', 'Sales by Deal Size', 'pie', {
    groupby: ['deal_size'],
    metric: 'total_sales',
    donut: true,
    show_labels: true,
    label_type: 'percent',
    labels_outside: false,
    show_legend: true,
  }),
  byCountry: chart('sales_by_country', 'Sales by Country', 'world_map', {
    entity: 'country_code',
    country_fieldtype: 'cca3',
    metric: 'total_sales',
    show_bubbles: false,
    row_limit: 500,
  }),
  topCustomers: chart('sales_top_customers', 'Top Customers', 'table', {
    query_mode: 'aggregate',
    groupby: ['customer_name', 'country'],
    metrics: ['total_sales', 'orders'],
    timeseries_limit_metric: 'total_sales',
    order_desc: true,
    row_limit: 20,
  }),
} satisfies Record<string, ExampleChartDefinition>;
