/**
 * The benchmark's synthetic dataset (shared/reference/performance.md §5.1), one definition
 * for both engines: a `trips` fact table and a `dim_rider` dimension, generated inside the
 * database from a row number and a portable hash, so PostgreSQL and MariaDB hold identical
 * rows. Nothing is downloaded; a marker table says which generator built what.
 */

export const TRIPS_TABLE = 'trips';
export const DIM_RIDER_TABLE = 'dim_rider';

/** Riders in the dimension; trips' rider_id is skewed over 1..DIM_RIDER_ROWS. */
export const DIM_RIDER_ROWS = 100_000;

/**
 * One row per table built: `(table_name, generator_version, row_count)`. A table whose row is
 * missing or differs (an interrupted build, an older generator) is built again.
 */
export const MARKER_TABLE = 'bench_dataset_marker';

/** Change it whenever a generator's SQL changes, on either engine. */
export const DATASET_GENERATOR_VERSION = 'trips v1, dim_rider v1';

/** The full run reads 10 million trips; `--quick` reads 1 million. */
export type DatasetSize = 'full' | 'quick';

export const TRIPS_ROWS: Readonly<Record<DatasetSize, number>> = {
  full: 10_000_000,
  quick: 1_000_000,
};

/** The schema (PostgreSQL) or database (MariaDB) holding one size of the dataset. */
export function datasetSchema(size: DatasetSize): string {
  return size === 'full' ? 'bench_chart' : 'bench_chart_1m';
}

/** Where one size of the dataset lives, and its row counts. */
export interface BenchDataset {
  readonly size: DatasetSize;
  readonly schema: string;
  readonly tripsRows: number;
  readonly riderRows: number;
}

/** The dataset a run reads: the full 10M rows, or 1M with `--quick`. */
export function benchDataset(quick: boolean): BenchDataset {
  const size: DatasetSize = quick ? 'quick' : 'full';
  return {
    size,
    schema: datasetSchema(size),
    tripsRows: TRIPS_ROWS[size],
    riderRows: DIM_RIDER_ROWS,
  };
}
