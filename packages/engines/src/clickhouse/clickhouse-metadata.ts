import type { CellValue, TableMetadata } from '../spec/client.js';
import { EngineError } from '../spec/engine-error.js';
import { CLICKHOUSE_DIALECT } from './clickhouse.dialect.js';

/** Runs a statement and returns its rows. */
export type RunSql = (sql: string) => Promise<CellValue[][]>;

/** A ClickHouse string literal: backslash is an escape character there, so it is doubled too. */
export function clickHouseString(value: string): string {
  return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

const text = (value: CellValue | undefined): string =>
  value === null || value === undefined ? '' : String(value);
const nonEmpty = (value: CellValue | undefined): string | null => text(value) || null;

/** The connection's database when no schema is named (ClickHouse databases are schemas). */
const database = (schema: string | null) =>
  schema === null ? 'currentDatabase()' : clickHouseString(schema);

export async function listClickHouseSchemas(run: RunSql): Promise<string[]> {
  const rows = await run('SELECT name FROM system.databases ORDER BY name');
  return rows.map((row) => text(row[0]));
}

/** Tables (`views: false`) or views and materialized views (`views: true`) of a database. */
export async function listClickHouseObjects(
  run: RunSql,
  schema: string | null,
  views: boolean,
): Promise<string[]> {
  const rows = await run(
    `SELECT name FROM system.tables WHERE database = ${database(schema)} ` +
      `AND engine ${views ? '' : 'NOT '}LIKE '%View' AND NOT is_temporary ORDER BY name`,
  );
  return rows.map((row) => text(row[0]));
}

/**
 * Columns of a table or view. ClickHouse has no primary-key constraints (its primary key is
 * a sort prefix, not unique), foreign keys or secondary indexes in the relational sense.
 */
export async function describeClickHouseTable(
  run: RunSql,
  table: string,
  schema: string | null,
): Promise<TableMetadata> {
  const where = `database = ${database(schema)} AND table = ${clickHouseString(table)}`;
  const columns = await run(
    `SELECT name, type, default_expression, comment, database FROM system.columns WHERE ${where}`,
  );
  if (columns.length === 0) {
    throw new EngineError(
      'TABLE_DOES_NOT_EXIST_ERROR',
      `The table "${schema === null ? table : `${schema}.${table}`}" does not exist.`,
    );
  }
  return {
    name: table,
    schema: text(columns[0]?.[4]),
    columns: columns.map(([name, type, defaultExpression, comment]) => ({
      name: text(name),
      type: text(type),
      genericType: CLICKHOUSE_DIALECT.genericType(text(type)),
      nullable: text(type).startsWith('Nullable('),
      default: nonEmpty(defaultExpression),
      comment: nonEmpty(comment),
    })),
    primaryKey: null,
    foreignKeys: [],
    indexes: [],
    comment: null,
  };
}
