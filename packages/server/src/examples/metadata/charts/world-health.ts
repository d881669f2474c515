import type { ExampleChartDefinition } from '../example-definitions.js';
import { aggregate, timeRange, whereFilter } from './form-data-parts.js';

const table = 'wb_health_population';
/** The last year of the indicators: maps and rankings show one year, not a sum of all. */
export const WB_LATEST_YEAR = '2020-01-01 : 2021-01-01';
const latestYear = timeRange('year', WB_LATEST_YEAR);
const allYears = timeRange('year');

/** Adhoc metrics with readable labels, for charts that show a metric's label. */
export const WB_METRICS = {
  population: aggregate('SUM', 'sp_pop_totl', 'Population'),
  lifeExpectancy: aggregate('AVG', 'sp_dyn_le00_in', 'Life expectancy'),
  gdpPerCapita: aggregate('AVG', 'ny_gdp_pcap_cd', 'GDP per capita'),
  childMortality: aggregate('AVG', 'sh_dyn_mort', 'Child mortality (per 1,000)'),
  urbanShare: aggregate('AVG', 'sp_urb_totl_in_zs', 'Urban population (%)'),
};

/**
 * world_hierarchy as a readable tree: World, its regions and the countries above 100M people,
 * laid out left to right with leaf labels inside the frame.
 */
export const WORLD_TREE_PARAMS = {
  id: 'id',
  parent: 'parent',
  name: 'name',
  metric: 'sum__population',
  layout: 'orthogonal',
  orient: 'LR',
  node_label_position: 'left',
  child_label_position: 'left',
  adhoc_filters: [whereFilter('population', '>=', 100_000_000)],
  row_limit: 1000,
};

/** Population as map colors only: bubbles would cover the countries. */
export const WORLD_MAP_PARAMS = {
  entity: 'country_code',
  country_fieldtype: 'cca3',
  metric: WB_METRICS.population,
  show_bubbles: false,
  row_limit: 500,
  adhoc_filters: [latestYear],
};

function chart(
  key: string,
  sliceName: string,
  vizType: string,
  params: Record<string, unknown>,
): ExampleChartDefinition {
  return { key, sliceName, vizType, table, params };
}

/** The charts of "World Bank's Data", over wb_health_population and world_hierarchy. */
export const WORLD_HEALTH_CHARTS = {
  population: chart('wb_world_population', 'World Population', 'big_number', {
    x_axis: 'year',
    time_grain_sqla: 'P1Y',
    metric: 'sum__sp_pop_totl',
    subheader: 'people in the world',
    y_axis_format: ',.3s',
    adhoc_filters: [allYears],
  }),
  map: chart('wb_population_map', 'Population by Country', 'world_map', WORLD_MAP_PARAMS),
  lifeExpectancy: chart(
    'wb_life_expectancy',
    'Life Expectancy by Region',
    'echarts_timeseries_line',
    {
      x_axis: 'year',
      time_grain_sqla: 'P1Y',
      metrics: [WB_METRICS.lifeExpectancy],
      groupby: ['region'],
      y_axis_format: '.1f',
      adhoc_filters: [allYears],
    },
  ),
  treemap: chart('wb_population_treemap', 'Population by Region and Country', 'treemap_v2', {
    groupby: ['region', 'country_name'],
    metric: 'sum__sp_pop_totl',
    number_format: ',.3s',
    row_limit: 500,
    adhoc_filters: [latestYear],
  }),
  bubble: chart('wb_gdp_life_bubble', 'GDP per Capita vs Life Expectancy', 'bubble_v2', {
    entity: 'country_name',
    series: 'region',
    x: 'avg__ny_gdp_pcap_cd',
    y: 'avg__sp_dyn_le00_in',
    size: 'sum__sp_pop_totl',
    logXAxis: true,
    max_bubble_size: '50',
    row_limit: 500,
    x_axis_label: 'GDP per capita (USD)',
    y_axis_label: 'Life expectancy (years)',
    adhoc_filters: [latestYear],
  }),
  boxPlot: chart('wb_life_box_plot', 'Life Expectancy Spread by Region', 'box_plot', {
    columns: ['country_name'],
    groupby: ['region'],
    metrics: ['avg__sp_dyn_le00_in'],
    whiskerOptions: 'Tukey',
    adhoc_filters: [latestYear],
  }),
  hierarchy: {
    key: 'wb_world_tree',
    sliceName: 'World, Regions and Countries',
    vizType: 'tree_chart',
    table: 'world_hierarchy',
    params: WORLD_TREE_PARAMS,
  },
  countries: chart('wb_countries', 'Countries', 'table', {
    query_mode: 'aggregate',
    groupby: ['country_name', 'region'],
    metrics: [
      WB_METRICS.population,
      WB_METRICS.lifeExpectancy,
      WB_METRICS.gdpPerCapita,
      WB_METRICS.childMortality,
    ],
    timeseries_limit_metric: WB_METRICS.population,
    order_desc: true,
    row_limit: 500,
    adhoc_filters: [latestYear],
  }),
} satisfies Record<string, ExampleChartDefinition>;
