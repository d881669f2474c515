import type { ExampleColumn, ExampleColumnType, ExampleTableSchema } from './example-table.js';

/**
 * Every example table: its name, description and columns in order. The generators yield
 * rows in this order, the loader creates tables from it, and the metadata builds datasets,
 * charts and dashboards over these names. Column names are lower case so that no engine
 * needs them quoted.
 */

function columns(spec: Record<string, ExampleColumnType>): ExampleColumn[] {
  return Object.entries(spec).map(([name, type]) => ({ name, type }));
}

export const BIRTH_NAMES: ExampleTableSchema = {
  name: 'birth_names',
  description: 'Babies born in the USA by name, gender, state and year (1965-2008).',
  columns: columns({
    ds: 'TIMESTAMP',
    gender: 'VARCHAR',
    name: 'VARCHAR',
    num: 'INTEGER',
    state: 'VARCHAR',
    num_boys: 'INTEGER',
    num_girls: 'INTEGER',
  }),
};

export const WB_HEALTH_POPULATION: ExampleTableSchema = {
  name: 'wb_health_population',
  description:
    'World development indicators by country and year (1960-2020): population, life expectancy, GDP, urbanisation and child mortality.',
  columns: columns({
    country_name: 'VARCHAR',
    country_code: 'VARCHAR',
    region: 'VARCHAR',
    year: 'TIMESTAMP',
    sp_pop_totl: 'DOUBLE',
    sp_dyn_le00_in: 'DOUBLE',
    sp_urb_totl_in_zs: 'DOUBLE',
    sp_rur_totl_zs: 'DOUBLE',
    sp_pop_65up_to_zs: 'DOUBLE',
    ny_gdp_mktp_cd: 'DOUBLE',
    ny_gdp_pcap_cd: 'DOUBLE',
    sh_dyn_mort: 'DOUBLE',
  }),
};

export const ENERGY_USAGE: ExampleTableSchema = {
  name: 'energy_usage',
  description:
    'Energy flows from sources through conversions to end uses (TWh), for Sankey and graph charts.',
  columns: columns({ source: 'VARCHAR', target: 'VARCHAR', value: 'DOUBLE' }),
};

export const FLIGHTS: ExampleTableSchema = {
  name: 'flights',
  description: 'Domestic US flights of one year with airports, delays and coordinates.',
  columns: columns({
    ds: 'TIMESTAMP',
    airline: 'VARCHAR',
    flight_number: 'INTEGER',
    origin_airport: 'VARCHAR',
    origin_city: 'VARCHAR',
    origin_state: 'VARCHAR',
    destination_airport: 'VARCHAR',
    destination_city: 'VARCHAR',
    destination_state: 'VARCHAR',
    departure_delay: 'INTEGER',
    arrival_delay: 'INTEGER',
    distance: 'INTEGER',
    air_time: 'INTEGER',
    cancelled: 'BOOLEAN',
    latitude: 'DOUBLE',
    longitude: 'DOUBLE',
    latitude_dest: 'DOUBLE',
    longitude_dest: 'DOUBLE',
  }),
};

export const CLEANED_SALES_DATA: ExampleTableSchema = {
  name: 'cleaned_sales_data',
  description:
    'Order lines of a model-vehicle retailer over three years, by product line and country.',
  columns: columns({
    order_number: 'INTEGER',
    order_line_number: 'INTEGER',
    order_date: 'TIMESTAMP',
    status: 'VARCHAR',
    product_line: 'VARCHAR',
    product_code: 'VARCHAR',
    quantity_ordered: 'INTEGER',
    price_each: 'DOUBLE',
    msrp: 'DOUBLE',
    sales: 'DOUBLE',
    deal_size: 'VARCHAR',
    customer_name: 'VARCHAR',
    city: 'VARCHAR',
    country: 'VARCHAR',
    country_code: 'VARCHAR',
    territory: 'VARCHAR',
  }),
};

export const MULTIFORMAT_TIME_SERIES: ExampleTableSchema = {
  name: 'multiformat_time_series',
  description:
    'The same hourly instants stored as a date, a timestamp, epoch numbers and four text formats.',
  columns: columns({
    ds: 'DATE',
    ds2: 'TIMESTAMP',
    epoch_ms: 'BIGINT',
    epoch_s: 'BIGINT',
    string0: 'VARCHAR',
    string1: 'VARCHAR',
    string2: 'VARCHAR',
    string3: 'VARCHAR',
    value: 'DOUBLE',
  }),
};

/** The text formats of multiformat_time_series' string columns (python_date_format). */
export const MULTIFORMAT_STRING_FORMATS: Readonly<Record<string, string>> = {
  string0: '%Y-%m-%d %H:%M:%S.%f',
  string1: '%Y-%m-%d^%H:%M:%S',
  string2: '%Y%m%d-%H%M%S',
  string3: '%Y/%m/%d%H:%M:%S.%f',
};

export const LONG_LAT: ExampleTableSchema = {
  name: 'long_lat',
  description: 'Street addresses around San Francisco with coordinates, for maps.',
  columns: columns({
    lon: 'DOUBLE',
    lat: 'DOUBLE',
    number: 'VARCHAR',
    street: 'VARCHAR',
    unit: 'VARCHAR',
    city: 'VARCHAR',
    district: 'VARCHAR',
    region: 'VARCHAR',
    postcode: 'VARCHAR',
    id: 'VARCHAR',
    datetime: 'TIMESTAMP',
    occupancy: 'DOUBLE',
    radius_miles: 'DOUBLE',
    geohash: 'VARCHAR',
    delimited: 'VARCHAR',
  }),
};

export const UNICODE_TEST: ExampleTableSchema = {
  name: 'unicode_test',
  description:
    'Phrases in many scripts (Chinese, Arabic, Hindi, Cyrillic, Greek, emoji), for text rendering.',
  columns: columns({ phrase: 'VARCHAR', language: 'VARCHAR', dttm: 'DATE', value: 'INTEGER' }),
};

export const BART_LINES: ExampleTableSchema = {
  name: 'bart_lines',
  description: 'Rail lines of the San Francisco Bay Area as paths of [longitude, latitude] points.',
  columns: columns({ name: 'VARCHAR', color: 'VARCHAR', path_json: 'TEXT' }),
};

export const SF_POPULATION_POLYGONS: ExampleTableSchema = {
  name: 'sf_population_polygons',
  description: 'San Francisco zip code areas as polygons with their population.',
  columns: columns({
    zipcode: 'INTEGER',
    population: 'BIGINT',
    contour: 'TEXT',
    area: 'DOUBLE',
  }),
};

export const WORLD_HIERARCHY: ExampleTableSchema = {
  name: 'world_hierarchy',
  description: 'World > region > country as a parent-child tree with populations, for tree charts.',
  columns: columns({ id: 'VARCHAR', parent: 'VARCHAR', name: 'VARCHAR', population: 'BIGINT' }),
};

export const TAXI_TRIPS: ExampleTableSchema = {
  name: 'taxi_trips',
  description:
    'Three years of city taxi trips, a few million rows: the fact table that shows query speed.',
  columns: columns({
    trip_id: 'BIGINT',
    pickup_at: 'TIMESTAMP',
    dropoff_at: 'TIMESTAMP',
    borough: 'VARCHAR',
    pickup_zone: 'VARCHAR',
    dropoff_zone: 'VARCHAR',
    vendor: 'VARCHAR',
    payment_type: 'VARCHAR',
    passenger_count: 'INTEGER',
    trip_distance: 'DOUBLE',
    fare_amount: 'DOUBLE',
    tip_amount: 'DOUBLE',
    total_amount: 'DOUBLE',
  }),
};

/** Every example table, in loading order. */
export const EXAMPLE_TABLE_SCHEMAS: readonly ExampleTableSchema[] = [
  BIRTH_NAMES,
  WB_HEALTH_POPULATION,
  ENERGY_USAGE,
  FLIGHTS,
  CLEANED_SALES_DATA,
  MULTIFORMAT_TIME_SERIES,
  LONG_LAT,
  UNICODE_TEST,
  BART_LINES,
  SF_POPULATION_POLYGONS,
  WORLD_HIERARCHY,
  TAXI_TRIPS,
];
