import type { ExampleChartDefinition } from '../example-definitions.js';
import { aggregate, countStar, timeRange, whereFilter } from './form-data-parts.js';
import { WB_LATEST_YEAR, WB_METRICS, WORLD_MAP_PARAMS, WORLD_TREE_PARAMS } from './world-health.js';

/** The gallery's tabs, in order. */
export type GallerySection = 'tables' | 'timeseries' | 'categories' | 'flows' | 'maps';

export interface GalleryChart extends ExampleChartDefinition {
  section: GallerySection;
}

/** A gallery chart: its title is "<viz type name>: <what it shows>". */
function chart(
  section: GallerySection,
  vizType: string,
  typeName: string,
  what: string,
  table: string,
  params: Record<string, unknown>,
): GalleryChart {
  return {
    key: `gallery_${vizType}`,
    sliceName: `${typeName}: ${what}`,
    vizType,
    table,
    section,
    params,
  };
}

const latestYear = timeRange('year', WB_LATEST_YEAR);
/** San Francisco, where long_lat's addresses are (not every layer zooms to its data). */
const sfView = { viewport_longitude: -122.44, viewport_latitude: 37.76, viewport_zoom: 11 };
const sfPoints = {
  spatial_type: 'latlong',
  spatial_lon: 'lon',
  spatial_lat: 'lat',
  autozoom: true,
  ...sfView,
};

/** One chart of every registered viz type, each over the example table that suits it. */
export const GALLERY_CHARTS: readonly GalleryChart[] = [
  // Tables & numbers
  chart('tables', 'table', 'Table', 'Sales by Product Line and Deal Size', 'cleaned_sales_data', {
    query_mode: 'aggregate',
    groupby: ['product_line', 'deal_size'],
    metrics: ['total_sales', 'sum__quantity_ordered'],
    row_limit: 100,
    show_totals: true,
    show_cell_bars: true,
  }),
  chart(
    'tables',
    'pivot_table_v2',
    'Pivot Table',
    'Sales by Territory and Deal Size',
    'cleaned_sales_data',
    {
      groupbyRows: ['territory', 'country'],
      groupbyColumns: ['deal_size'],
      metrics: ['total_sales'],
      rowTotals: true,
      colTotals: true,
      rowSubTotals: true,
      valueFormat: '$,.0f',
    },
  ),
  chart('tables', 'big_number_total', 'Big Number', 'Babies Born', 'birth_names', {
    metric: 'sum__num',
    subheader: 'babies born',
    y_axis_format: ',.3s',
  }),
  chart(
    'tables',
    'big_number',
    'Big Number with Trendline',
    'World Population',
    'wb_health_population',
    {
      x_axis: 'year',
      time_grain_sqla: 'P1Y',
      metric: 'sum__sp_pop_totl',
      y_axis_format: ',.3s',
    },
  ),
  chart('tables', 'gauge_chart', 'Gauge Chart', 'World Life Expectancy', 'wb_health_population', {
    metric: WB_METRICS.lifeExpectancy,
    min_val: 0,
    max_val: 100,
    adhoc_filters: [latestYear],
  }),
  // Time series
  chart('timeseries', 'echarts_timeseries_line', 'Line Chart', 'Births by Gender', 'birth_names', {
    x_axis: 'ds',
    time_grain_sqla: 'P1Y',
    metrics: ['sum__num'],
    groupby: ['gender'],
  }),
  chart(
    'timeseries',
    'echarts_timeseries_bar',
    'Bar Chart',
    'Sales by Product Line',
    'cleaned_sales_data',
    {
      x_axis: 'product_line',
      metrics: ['total_sales'],
      groupby: ['deal_size'],
      stack: true,
    },
  ),
  chart('timeseries', 'echarts_area', 'Area Chart', 'Daily Values', 'multiformat_time_series', {
    x_axis: 'ds2',
    time_grain_sqla: 'P1D',
    x_axis_time_format: '%b %d',
    metrics: ['sum__value'],
    groupby: [],
  }),
  chart(
    'timeseries',
    'echarts_timeseries_scatter',
    'Scatter Plot',
    'Daily Departure Delay by Airline',
    'flights',
    {
      x_axis: 'ds',
      time_grain_sqla: 'P1W',
      metrics: [aggregate('AVG', 'departure_delay', 'Delay')],
      groupby: ['airline'],
      limit: 5,
    },
  ),
  chart(
    'timeseries',
    'echarts_timeseries_smooth',
    'Smooth Line',
    'Life Expectancy and Urbanisation',
    'wb_health_population',
    {
      x_axis: 'year',
      time_grain_sqla: 'P1Y',
      metrics: [WB_METRICS.lifeExpectancy, WB_METRICS.urbanShare],
    },
  ),
  chart(
    'timeseries',
    'echarts_timeseries_step',
    'Stepped Line',
    'Monthly Orders by Deal Size',
    'cleaned_sales_data',
    {
      x_axis: 'order_date',
      time_grain_sqla: 'P1M',
      metrics: ['orders'],
      groupby: ['deal_size'],
    },
  ),
  chart('timeseries', 'mixed_timeseries', 'Mixed Chart', 'Sales and Orders', 'cleaned_sales_data', {
    x_axis: 'order_date',
    time_grain_sqla: 'P1M',
    metrics: ['total_sales'],
    metrics_b: ['orders'],
    seriesType: 'line',
    seriesTypeB: 'bar',
    yAxisIndex: 0,
    yAxisIndexB: 1,
  }),
  chart('timeseries', 'waterfall', 'Waterfall Chart', 'Sales by Quarter', 'cleaned_sales_data', {
    x_axis: 'order_date',
    time_grain_sqla: 'P3M',
    metric: 'total_sales',
  }),
  chart(
    'timeseries',
    'cal_heatmap',
    'Calendar Heatmap',
    'Values by Day',
    'multiformat_time_series',
    {
      granularity_sqla: 'ds2',
      domain_granularity: 'month',
      subdomain_granularity: 'day',
      metrics: ['sum__value'],
    },
  ),
  // Categories
  chart('categories', 'pie', 'Pie Chart', 'Sales by Product Line', 'cleaned_sales_data', {
    groupby: ['product_line'],
    metric: 'total_sales',
    show_legend: true,
    label_type: 'percent',
    labels_outside: false,
  }),
  chart('categories', 'funnel', 'Funnel Chart', 'Sales by Product Line', 'cleaned_sales_data', {
    groupby: ['product_line'],
    metric: 'total_sales',
    sort_by_metric: true,
  }),
  chart('categories', 'radar', 'Radar Chart', 'Airlines Compared', 'flights', {
    groupby: ['airline'],
    metrics: [
      countStar('Flights'),
      aggregate('AVG', 'departure_delay', 'Dep. delay'),
      aggregate('AVG', 'arrival_delay', 'Arr. delay'),
      aggregate('SUM', 'distance', 'Distance'),
    ],
    show_labels: false,
    row_limit: 5,
  }),
  chart('categories', 'box_plot', 'Box Plot', 'Life Expectancy by Region', 'wb_health_population', {
    columns: ['country_name'],
    groupby: ['region'],
    metrics: [WB_METRICS.lifeExpectancy],
    whiskerOptions: 'Tukey',
    adhoc_filters: [latestYear],
  }),
  chart('categories', 'histogram_v2', 'Histogram', 'Flight Distances', 'flights', {
    column: 'distance',
    groupby: [],
    bins: 30,
    row_limit: 10000,
  }),
  chart(
    'categories',
    'heatmap_v2',
    'Heatmap',
    'Sales by Country and Product Line',
    'cleaned_sales_data',
    {
      x_axis: 'product_line',
      groupby: 'country',
      metric: 'total_sales',
    },
  ),
  chart(
    'categories',
    'bubble_v2',
    'Bubble Chart',
    'GDP per Capita vs Life Expectancy',
    'wb_health_population',
    {
      entity: 'country_name',
      series: 'region',
      x: 'avg__ny_gdp_pcap_cd',
      y: 'avg__sp_dyn_le00_in',
      size: 'sum__sp_pop_totl',
      logXAxis: true,
      row_limit: 500,
      adhoc_filters: [latestYear],
    },
  ),
  chart('categories', 'word_cloud', 'Word Cloud', 'Phrases in Many Scripts', 'unicode_test', {
    series: 'phrase',
    metric: 'sum__value',
    row_limit: 100,
    size_from: 12,
    size_to: 48,
    rotation: 'flat',
  }),
  // Hierarchies & flows
  chart('flows', 'treemap_v2', 'Treemap', 'Sales by Territory and Country', 'cleaned_sales_data', {
    groupby: ['territory', 'country'],
    metric: 'total_sales',
  }),
  chart(
    'flows',
    'sunburst_v2',
    'Sunburst Chart',
    'Sales by Territory, Country and Product Line',
    'cleaned_sales_data',
    {
      columns: ['territory', 'country', 'product_line'],
      metric: 'total_sales',
      show_labels: true,
    },
  ),
  chart('flows', 'sankey_v2', 'Sankey Chart', 'Energy Flows', 'energy_usage', {
    source: 'source',
    target: 'target',
    metric: 'sum__value',
    row_limit: 1000,
  }),
  chart('flows', 'graph_chart', 'Graph Chart', 'Energy Network', 'energy_usage', {
    source: 'source',
    target: 'target',
    metric: 'sum__value',
    layout: 'force',
    row_limit: 1000,
  }),
  chart(
    'flows',
    'tree_chart',
    'Tree Chart',
    'World Regions and Countries',
    'world_hierarchy',
    WORLD_TREE_PARAMS,
  ),
  // Maps
  chart(
    'maps',
    'world_map',
    'World Map',
    'Population by Country',
    'wb_health_population',
    WORLD_MAP_PARAMS,
  ),
  chart('maps', 'country_map', 'Country Map', 'US Births by State', 'birth_names', {
    select_country: 'usa',
    entity: 'state_iso',
    metric: 'sum__num',
  }),
  chart('maps', 'deck_scatter', 'deck.gl Scatterplot', 'San Francisco Addresses', 'long_lat', {
    ...sfPoints,
    dimension: 'district',
    point_radius_fixed_type: 'fix',
    point_radius_fixed_value: 40,
    row_limit: 5000,
  }),
  chart('maps', 'deck_hex', 'deck.gl 3D Hexagon', 'Address Density', 'long_lat', {
    ...sfPoints,
    grid_size: 300,
    size: countStar(),
    row_limit: 5000,
    viewport_pitch: 40,
  }),
  chart('maps', 'deck_grid', 'deck.gl Grid', 'Address Density', 'long_lat', {
    ...sfPoints,
    grid_size: 300,
    size: countStar(),
    row_limit: 5000,
  }),
  chart('maps', 'deck_heatmap', 'deck.gl Heatmap', 'Occupancy', 'long_lat', {
    ...sfPoints,
    size: aggregate('SUM', 'occupancy'),
    radius_pixels: 30,
    row_limit: 5000,
  }),
  chart('maps', 'deck_screengrid', 'deck.gl Screen Grid', 'Addresses', 'long_lat', {
    ...sfPoints,
    size: countStar(),
    grid_size: 20,
    row_limit: 5000,
  }),
  chart('maps', 'deck_arc', 'deck.gl Arc', 'Flight Routes', 'flights', {
    start_spatial_type: 'latlong',
    start_spatial_lon: 'longitude',
    start_spatial_lat: 'latitude',
    end_spatial_type: 'latlong',
    end_spatial_lon: 'longitude_dest',
    end_spatial_lat: 'latitude_dest',
    dimension: 'airline',
    stroke_width: 1,
    row_limit: 1000,
    autozoom: true,
  }),
  chart('maps', 'deck_path', 'deck.gl Path', 'BART Lines', 'bart_lines', {
    line_column: 'path_json',
    line_type: 'json',
    line_width: 3,
    row_limit: 200,
    autozoom: true,
  }),
  chart(
    'maps',
    'deck_polygon',
    'deck.gl Polygon',
    'San Francisco Population by Zip Code',
    'sf_population_polygons',
    {
      line_column: 'contour',
      line_type: 'json',
      metric: 'sum__population',
      row_limit: 100,
      autozoom: true,
      adhoc_filters: [whereFilter('contour', 'IS NOT NULL')],
    },
  ),
];
