import type { CellValue, ForeignKey, TableIndex, TableMetadata } from '../spec/client.js';
import { EngineError } from '../spec/engine-error.js';
import { sqlString } from '../spec/dttm-format.js';
import { DUCKDB_DIALECT } from './duckdb.dialect.js';

/** Runs a statement and returns its rows. */
export type RunSql = (sql: string) => Promise<CellValue[][]>;

const DEFAULT_SCHEMA = 'main';
const text = (value: CellValue | undefined): string =>
  value === null || value === undefined ? '' : String(value);
const textOrNull = (value: CellValue | undefined): string | null =>
  value === null || value === undefined ? null : String(value);
/** A `to_json(list)` column back to its names. */
const names = (value: CellValue | undefined): string[] =>
  value === null || value === undefined ? [] : (JSON.parse(String(value)) as string[]);

/** Objects of the database the file opened (not attached or system ones). */
const inSchema = (schema: string | null) =>
  `database_name = current_database() AND schema_name = ${sqlString(schema ?? DEFAULT_SCHEMA)}`;

export async function listDuckDbSchemas(run: RunSql): Promise<string[]> {
  const rows = await run(
    'SELECT schema_name FROM duckdb_schemas() WHERE database_name = current_database() ORDER BY 1',
  );
  return rows.map((row) => text(row[0]));
}

export async function listDuckDbTables(run: RunSql, schema: string | null): Promise<string[]> {
  const rows = await run(
    `SELECT table_name FROM duckdb_tables() WHERE ${inSchema(schema)} ORDER BY 1`,
  );
  return rows.map((row) => text(row[0]));
}

export async function listDuckDbViews(run: RunSql, schema: string | null): Promise<string[]> {
  const rows = await run(
    `SELECT view_name FROM duckdb_views() WHERE NOT internal AND ${inSchema(schema)} ORDER BY 1`,
  );
  return rows.map((row) => text(row[0]));
}

/** Removes one layer of `quote` around a part, undoubling the quotes inside. */
const unquote = (part: string, quote: string) =>
  part.length >= 2 && part.startsWith(quote) && part.endsWith(quote)
    ? part
        .slice(1, -1)
        .split(quote + quote)
        .join(quote)
    : part;

/**
 * duckdb_indexes' `expressions`, a list printed as text (`[team_id, '"name"']`: a keyword
 * column is an identifier in double quotes, printed as a string in single ones), as names.
 */
function indexColumns(expressions: string): string[] {
  return expressions
    .replace(/^\[|\]$/g, '')
    .split(', ')
    .filter((part) => part !== '')
    .map((part) => unquote(unquote(part, "'"), '"'));
}

async function constraints(run: RunSql, where: string) {
  const rows = await run(
    `SELECT constraint_type, constraint_name, to_json(constraint_column_names), ` +
      `referenced_table, to_json(referenced_column_names) FROM duckdb_constraints() ` +
      `WHERE ${where} AND constraint_type IN ('PRIMARY KEY', 'FOREIGN KEY') ORDER BY constraint_index`,
  );
  let primaryKey: TableMetadata['primaryKey'] = null;
  const foreignKeys: ForeignKey[] = [];
  for (const [type, name, columns, referredTable, referredColumns] of rows) {
    if (type === 'PRIMARY KEY') {
      primaryKey = { name: textOrNull(name), column_names: names(columns) };
    } else {
      foreignKeys.push({
        name: textOrNull(name),
        constrained_columns: names(columns),
        referred_schema: null,
        referred_table: text(referredTable),
        referred_columns: names(referredColumns),
      });
    }
  }
  return { primaryKey, foreignKeys };
}

/** Columns, keys, indexes and comments; TABLE_DOES_NOT_EXIST_ERROR when there is none. */
export async function describeDuckDbTable(
  run: RunSql,
  table: string,
  schema: string | null,
): Promise<TableMetadata> {
  const where = `${inSchema(schema)} AND table_name = ${sqlString(table)}`;
  const found = await run(
    `SELECT comment FROM duckdb_tables() WHERE ${where} UNION ALL ` +
      `SELECT comment FROM duckdb_views() WHERE ${inSchema(schema)} AND view_name = ${sqlString(table)}`,
  );
  if (found.length === 0) {
    throw new EngineError(
      'TABLE_DOES_NOT_EXIST_ERROR',
      `The table "${schema ?? DEFAULT_SCHEMA}.${table}" does not exist.`,
    );
  }
  const columns = await run(
    `SELECT column_name, data_type, is_nullable, column_default, comment FROM duckdb_columns() ` +
      `WHERE ${where} ORDER BY column_index`,
  );
  const indexRows = await run(
    `SELECT index_name, is_unique, expressions FROM duckdb_indexes() WHERE ${where} ORDER BY 1`,
  );
  const indexes: TableIndex[] = indexRows.map(([name, unique, expressions]) => ({
    name: text(name),
    column_names: indexColumns(text(expressions)),
    unique: unique === true,
  }));
  return {
    name: table,
    schema: schema ?? DEFAULT_SCHEMA,
    columns: columns.map(([name, type, nullable, defaultValue, comment]) => ({
      name: text(name),
      type: text(type),
      genericType: DUCKDB_DIALECT.genericType(text(type)),
      nullable: nullable === true,
      default: textOrNull(defaultValue),
      comment: textOrNull(comment),
    })),
    ...(await constraints(run, where)),
    indexes,
    comment: textOrNull(found[0]?.[0]),
  };
}
