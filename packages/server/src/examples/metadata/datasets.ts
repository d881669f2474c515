import { PYTHON_DATE_FORMAT_PATTERN } from '@superset-ts/shared';
import { MULTIFORMAT_STRING_FORMATS } from '../table-schemas.js';
import type {
  ExampleColumnSettings,
  ExampleDatasetDefinition,
  ExampleMetricDefinition,
} from './example-definitions.js';

const count: ExampleMetricDefinition = {
  name: 'count',
  expression: 'COUNT(*)',
  verboseName: 'COUNT(*)',
  d3format: ',d',
};

function sum(column: string, verboseName: string, d3format = ',.0f'): ExampleMetricDefinition {
  return { name: `sum__${column}`, expression: `SUM(${column})`, verboseName, d3format };
}

function avg(column: string, verboseName: string, d3format = ',.1f'): ExampleMetricDefinition {
  return { name: `avg__${column}`, expression: `AVG(${column})`, verboseName, d3format };
}

/**
 * The text columns of multiformat_time_series as time columns. Only formats the dataset API
 * accepts (PYTHON_DATE_FORMAT_PATTERN) are set; the others stay plain text columns.
 */
function multiformatColumns(): Record<string, ExampleColumnSettings> {
  const settings: Record<string, ExampleColumnSettings> = {
    ds: { isDttm: true, verboseName: 'Date' },
    ds2: { isDttm: true, verboseName: 'Timestamp' },
    epoch_ms: { isDttm: true, pythonDateFormat: 'epoch_ms' },
    epoch_s: { isDttm: true, pythonDateFormat: 'epoch_s' },
  };
  for (const [column, format] of Object.entries(MULTIFORMAT_STRING_FORMATS)) {
    if (PYTHON_DATE_FORMAT_PATTERN.test(format)) {
      settings[column] = { isDttm: true, pythonDateFormat: format };
    }
  }
  return settings;
}

/** The example datasets, one per table; every table of table-schemas.ts has one. */
export const EXAMPLE_DATASETS: readonly ExampleDatasetDefinition[] = [
  {
    table: 'birth_names',
    mainDttmCol: 'ds',
    metrics: [
      count,
      sum('num', 'Births', ',d'),
      sum('num_girls', 'Girls', ',d'),
      sum('num_boys', 'Boys', ',d'),
    ],
    columns: {
      ds: { isDttm: true, verboseName: 'Year' },
      gender: { verboseName: 'Gender' },
      name: { verboseName: 'Name' },
      state: { verboseName: 'State' },
      num: { verboseName: 'Births', groupby: false },
      num_boys: { groupby: false },
      num_girls: { groupby: false },
    },
    calculatedColumns: [
      {
        name: 'state_iso',
        expression: "'US-' || state",
        type: 'VARCHAR',
        verboseName: 'State (ISO)',
      },
      {
        name: 'decade',
        expression: 'CAST(FLOOR(EXTRACT(YEAR FROM ds) / 10) * 10 AS INTEGER)',
        type: 'INTEGER',
        verboseName: 'Decade',
      },
    ],
  },
  {
    table: 'wb_health_population',
    mainDttmCol: 'year',
    metrics: [
      count,
      sum('sp_pop_totl', 'Population', ',.3s'),
      avg('sp_dyn_le00_in', 'Life expectancy (years)'),
      avg('ny_gdp_pcap_cd', 'GDP per capita (USD)', '$,.0f'),
      sum('ny_gdp_mktp_cd', 'GDP (USD)', '$,.3s'),
      avg('sp_urb_totl_in_zs', 'Urban population (%)'),
      avg('sh_dyn_mort', 'Child mortality (per 1,000)'),
    ],
    columns: {
      country_name: { verboseName: 'Country' },
      country_code: { verboseName: 'Country code' },
      region: { verboseName: 'Region' },
      year: { isDttm: true, verboseName: 'Year' },
      sp_pop_totl: { verboseName: 'Population', groupby: false },
      sp_dyn_le00_in: { verboseName: 'Life expectancy', groupby: false },
      ny_gdp_pcap_cd: { verboseName: 'GDP per capita', groupby: false },
    },
  },
  {
    table: 'energy_usage',
    mainDttmCol: null,
    metrics: [count, sum('value', 'Energy (TWh)', ',.1f')],
  },
  {
    table: 'flights',
    mainDttmCol: 'ds',
    metrics: [
      count,
      avg('departure_delay', 'Average departure delay (min)'),
      avg('arrival_delay', 'Average arrival delay (min)'),
      sum('distance', 'Distance (miles)'),
    ],
    columns: { ds: { isDttm: true, verboseName: 'Date' } },
  },
  {
    table: 'cleaned_sales_data',
    mainDttmCol: 'order_date',
    metrics: [
      count,
      { name: 'total_sales', expression: 'SUM(sales)', verboseName: 'Sales', d3format: '$,.0f' },
      {
        name: 'orders',
        expression: 'COUNT(DISTINCT order_number)',
        verboseName: 'Orders',
        d3format: ',d',
      },
      sum('quantity_ordered', 'Quantity', ',d'),
    ],
    columns: {
      order_date: { isDttm: true, verboseName: 'Order date' },
      product_line: { verboseName: 'Product line' },
      deal_size: { verboseName: 'Deal size' },
      customer_name: { verboseName: 'Customer' },
      country: { verboseName: 'Country' },
      sales: { verboseName: 'Sales', groupby: false },
    },
  },
  {
    table: 'multiformat_time_series',
    mainDttmCol: 'ds',
    metrics: [count, sum('value', 'Value', ',.1f')],
    columns: multiformatColumns(),
  },
  {
    table: 'long_lat',
    mainDttmCol: 'datetime',
    metrics: [count, avg('occupancy', 'Occupancy', ',.2f')],
  },
  {
    table: 'unicode_test',
    mainDttmCol: 'dttm',
    metrics: [count, sum('value', 'Value', ',d')],
  },
  { table: 'bart_lines', mainDttmCol: null, metrics: [count] },
  {
    table: 'sf_population_polygons',
    mainDttmCol: null,
    metrics: [count, sum('population', 'Population', ',d'), sum('area', 'Area', ',.1f')],
  },
  {
    table: 'world_hierarchy',
    mainDttmCol: null,
    metrics: [count, sum('population', 'Population', ',.3s')],
  },
  {
    table: 'taxi_trips',
    mainDttmCol: 'pickup_at',
    cacheTimeout: 3600,
    metrics: [
      { ...count, verboseName: 'Trips' },
      sum('fare_amount', 'Fares', '$,.0f'),
      sum('tip_amount', 'Tips', '$,.0f'),
      avg('tip_amount', 'Average tip', '$,.2f'),
      sum('total_amount', 'Total amount', '$,.0f'),
    ],
    columns: {
      pickup_at: { isDttm: true, verboseName: 'Pickup time' },
      dropoff_at: { isDttm: true, verboseName: 'Drop-off time' },
      payment_type: { verboseName: 'Payment type' },
      borough: { verboseName: 'Borough' },
    },
    calculatedColumns: [
      {
        name: 'pickup_hour',
        expression: 'CAST(EXTRACT(HOUR FROM pickup_at) AS INTEGER)',
        type: 'INTEGER',
        verboseName: 'Pickup hour',
      },
      {
        name: 'pickup_weekday',
        expression: 'CAST(EXTRACT(DOW FROM pickup_at) AS INTEGER)',
        type: 'INTEGER',
        verboseName: 'Pickup weekday (0 = Sunday)',
      },
    ],
  },
];
