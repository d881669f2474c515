import type { GeneratedExampleTable, SqlGeneratedExampleTable } from '../example-table.js';
import { BART_LINES_TABLE } from './bart-lines.js';
import { BIRTH_NAMES_TABLE } from './birth-names.js';
import { FLIGHTS_TABLE } from './flights.js';
import { LONG_LAT_TABLE } from './long-lat.js';
import { MULTIFORMAT_TIME_SERIES_TABLE } from './multiformat-time-series.js';
import { SF_POPULATION_POLYGONS_TABLE } from './sf-population-polygons.js';
import { taxiTrips } from './taxi-trips.js';

export { taxiTrips } from './taxi-trips.js';

/** The generated example tables besides the world, sales, energy and unicode ones. */
export const MISC_EXAMPLE_TABLES: readonly GeneratedExampleTable[] = [
  BIRTH_NAMES_TABLE,
  FLIGHTS_TABLE,
  LONG_LAT_TABLE,
  BART_LINES_TABLE,
  SF_POPULATION_POLYGONS_TABLE,
  MULTIFORMAT_TIME_SERIES_TABLE,
];

/** The few-million-row fact table, generated inside the examples database. */
export const TAXI_TRIPS_TABLE: SqlGeneratedExampleTable = taxiTrips();
