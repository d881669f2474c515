import type { SqlGeneratedExampleTable } from '../example-table.js';
import { TAXI_TRIPS } from '../table-schemas.js';
import { taxiTripsSelect } from './taxi-trips-select.js';

/** Rows of the full taxi_trips table: enough that query speed shows. */
export const TAXI_TRIPS_ROW_COUNT = 3_000_000;

/** taxi_trips generated inside the examples database; tests pass a small `rowCount`. */
export function taxiTrips(rowCount = TAXI_TRIPS_ROW_COUNT): SqlGeneratedExampleTable {
  return {
    kind: 'sql',
    schema: TAXI_TRIPS,
    version: 1,
    rowCount,
    selectSql: (dialect) => taxiTripsSelect(dialect, rowCount),
  };
}
