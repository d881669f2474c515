import { sql, type CreateTableBuilder } from 'kysely';
import type { MetadataDialect } from '../metadata-uri.js';

/** What `addColumn` accepts as a type (Kysely does not export the name). */
export type DataTypeExpression = Parameters<CreateTableBuilder<string>['addColumn']>[1];

/**
 * Column types that mean the same on SQLite, PostgreSQL and MySQL/MariaDB. Migrations use
 * these instead of spelling types, because the backends differ: MySQL needs a length on any
 * varchar that is unique or indexed, timestamps need millisecond precision declared, and a
 * long JSON document overflows MySQL's `text` (64 KB).
 */
export interface PortableColumnTypes {
  /** true/false; SQLite and MySQL store 1/0 (read with `readBoolean`). */
  boolean: DataTypeExpression;
  /** UTC wall-clock time with milliseconds, no zone (read with `readTimestamp`). */
  timestamp: DataTypeExpression;
  integer: DataTypeExpression;
  /** Unbounded text that is never indexed. */
  text: DataTypeExpression;
  /** A JSON document kept as text (up to 16 MB on MySQL). */
  jsonText: DataTypeExpression;
  /** Bounded text; required for unique and indexed text columns. */
  varchar(length: number): DataTypeExpression;
}

/** The portable column types for one backend. */
export function portableColumnTypes(dialect: MetadataDialect): PortableColumnTypes {
  return {
    boolean: 'boolean',
    timestamp: TIMESTAMP_TYPE[dialect],
    integer: 'integer',
    text: 'text',
    jsonText: dialect === 'mysql' ? sql`mediumtext` : 'text',
    varchar: (length) => `varchar(${length})`,
  };
}

const TIMESTAMP_TYPE: Readonly<Record<MetadataDialect, DataTypeExpression>> = {
  sqlite: 'text',
  postgresql: 'timestamp(3)',
  mysql: 'datetime(3)',
};

/**
 * Adds the auto-incrementing integer primary key `id`: `serial` on PostgreSQL,
 * `autoincrement` on SQLite, `auto_increment` on MySQL.
 */
export function addIdColumn<TB extends string, C extends string>(
  table: CreateTableBuilder<TB, C>,
  dialect: MetadataDialect,
): CreateTableBuilder<TB, C | 'id'> {
  if (dialect === 'postgresql') return table.addColumn('id', 'serial', (col) => col.primaryKey());
  return table.addColumn('id', 'integer', (col) => col.primaryKey().autoIncrement());
}
