/**
 * The contract between the example data generators (`data/`), the loader that writes them
 * into the examples database (`loader/`) and the metadata that builds datasets, charts and
 * dashboards over them (`metadata/`). `table-schemas.ts` is the one list of tables and columns.
 */

/** Portable column types; the loader maps each to the examples database's own type. */
export type ExampleColumnType =
  'INTEGER' | 'BIGINT' | 'DOUBLE' | 'VARCHAR' | 'TEXT' | 'DATE' | 'TIMESTAMP' | 'BOOLEAN';

export interface ExampleColumn {
  name: string;
  type: ExampleColumnType;
}

/** A cell as a generator yields it: dates as UTC `Date`s (DATE columns at midnight UTC). */
export type ExampleCell = null | boolean | number | string | Date;

/** A table's name, its description (the dataset's) and its columns in order. */
export interface ExampleTableSchema {
  name: string;
  description: string;
  columns: readonly ExampleColumn[];
}

/**
 * A table whose rows are generated in Node, deterministically: the same `version` always
 * yields the same rows in the same order (a seeded random generator, never Math.random or
 * the clock). Bump `version` when the generator changes so loaded copies are replaced.
 */
export interface GeneratedExampleTable {
  kind: 'rows';
  schema: ExampleTableSchema;
  version: number;
  /** Exactly how many rows `rows()` yields (the progress bar's total). */
  rowCount: number;
  /** Each row's cells in `schema.columns` order. */
  rows(): Iterable<ExampleCell[]>;
}

/** Engines whose SQL can generate the large fact table inside the database. */
export type ExampleSqlDialect = 'duckdb' | 'postgresql';

/**
 * A table generated inside the examples database by one INSERT ... SELECT, too large to send
 * row by row (the fact table of a few million rows).
 */
export interface SqlGeneratedExampleTable {
  kind: 'sql';
  schema: ExampleTableSchema;
  version: number;
  rowCount: number;
  /** A SELECT yielding the rows in `schema.columns` order, in the engine's dialect. */
  selectSql(dialect: ExampleSqlDialect): string;
}

export type ExampleTable = GeneratedExampleTable | SqlGeneratedExampleTable;
