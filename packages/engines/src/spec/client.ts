import type { GenericDataType } from '@superset-ts/shared';

/** A value as every client returns it: JSON-friendly, with dates as `Date`. */
export type CellValue = null | boolean | number | string | Date;

/** One result column: its label, the engine's type name, and the generic type. */
export interface ResultColumn {
  name: string;
  type: string | null;
  genericType: GenericDataType | null;
}

/** Rows as arrays in column order. */
export interface QueryResult {
  columns: ResultColumn[];
  rows: CellValue[][];
  /** True when the query had more rows than `limit` and was cut. */
  truncated: boolean;
}

/**
 * How to read one column's text cells (a stream asked for `cells: 'text'`): `read(text)` is
 * the cell the default typed stream gives for that text. `kind` lets a consumer work on the
 * text itself: `'text'`: `read` returns the text unchanged; `'number'`: for every cell of the
 * column that is a plain decimal (`-?digits[.digits]`) of at most 15 digits, `read` gives
 * `Number(text)`; `'date-time'`: `read` reads as `dateTimeCell` does (an ISO date or
 * timestamp, UTC unless it carries a zone); `'other'`: no promise.
 */
export interface TextCellReader {
  kind: 'text' | 'number' | 'date-time' | 'other';
  read(text: string): CellValue;
}

/** A batch of streamed rows; `columns` is known from the first batch on. */
export interface RowBatch {
  columns: ResultColumn[];
  rows: CellValue[][];
  /**
   * Set when the client honoured `cells: 'text'`: every cell is then null or the database's
   * text, and `readers[i]` reads column i's text into the typed cell.
   */
  readers?: readonly TextCellReader[];
}

/** Options of a stream. */
export interface StreamOptions extends ExecuteOptions {
  /** Rows per batch (the client's default when absent). */
  batchSize?: number;
  /**
   * `'text'` asks for cells as the text the database sent, with `RowBatch.readers` to type
   * them, which saves building values a consumer turns back into text (a CSV export). A
   * client may ignore it and send typed cells (no `readers`): consumers must handle both.
   * Default `'typed'`.
   */
  cells?: 'typed' | 'text';
}

export interface ExecuteOptions {
  /** Stop reading after this many rows (the SQL should also limit, so the database stops early). */
  limit?: number;
  /**
   * The SQL itself returns at most `limit` + 1 rows (a LIMIT the caller put there), so the
   * client may read its result whole instead of through a cursor, which on PostgreSQL lets
   * the statement use parallel workers. Without it, a `limit` is read through a cursor.
   */
  isBoundedBySql?: boolean;
  /** Cancel in the database after this long; the error is QUERY_TIMEOUT_ERROR. */
  timeoutMs?: number;
  /** Aborting cancels the statement in the database; the error is QUERY_CANCELLED_ERROR. */
  signal?: AbortSignal;
  /** Default schema for unqualified names. */
  schema?: string | null;
  /** Run inside a read-only transaction where the engine has one. */
  readOnly?: boolean;
  /** Told the database-side id that `cancelQuery` accepts, once the statement has one. */
  onCancelId?(cancelId: string): void;
}

/** A column of a table as the database describes it. */
export interface TableColumn {
  name: string;
  type: string;
  genericType: GenericDataType | null;
  nullable: boolean;
  default: string | null;
  comment: string | null;
}

export interface TableIndex {
  name: string;
  column_names: string[];
  unique: boolean;
}

export interface ForeignKey {
  name: string | null;
  constrained_columns: string[];
  referred_schema: string | null;
  referred_table: string;
  referred_columns: string[];
}

/** Everything the table browser shows about one table. */
export interface TableMetadata {
  name: string;
  schema: string | null;
  columns: TableColumn[];
  primaryKey: { name: string | null; column_names: string[] } | null;
  foreignKeys: ForeignKey[];
  indexes: TableIndex[];
  comment: string | null;
}

/**
 * A pooled connection to one configured database. Errors are `EngineError`s classified by
 * the dialect; no message carries the password.
 */
export interface EngineClient {
  execute(sql: string, options?: ExecuteOptions): Promise<QueryResult>;
  /** Rows in batches as the database produces them; breaking out of the loop stops the query. */
  stream(sql: string, options?: StreamOptions): AsyncIterable<RowBatch>;
  /** Stops a running statement by the id reported through `onCancelId`; false when it cannot. */
  cancelQuery(cancelId: string): Promise<boolean>;
  /** Opens a connection and runs a trivial query; throws a classified `EngineError`. */
  testConnection(): Promise<void>;
  listSchemas(): Promise<string[]>;
  listTables(schema: string | null): Promise<string[]>;
  listViews(schema: string | null): Promise<string[]>;
  /** Throws TABLE_DOES_NOT_EXIST_ERROR when there is no such table or view. */
  getTableMetadata(table: string, schema: string | null): Promise<TableMetadata>;
  /** Closes the pool; the client cannot be used afterwards. */
  close(): Promise<void>;
}
