import type { ForeignKey, TableIndex, TableMetadata } from '../spec/client.js';
import type { Dialect } from '../spec/dialect.js';
import { EngineError } from '../spec/engine-error.js';

/** Runs a catalogue query with `?` parameters and returns its rows as objects. */
export type MysqlCatalogQuery = <Row extends object>(
  sql: string,
  values?: readonly unknown[],
) => Promise<Row[]>;

/** The schema a null schema means: the connection's database. */
const SCHEMA = 'COALESCE(?, DATABASE())';

const SYSTEM_SCHEMAS = `('information_schema', 'mysql', 'performance_schema', 'sys')`;

/** Databases (MySQL's schemas) a user can query; the server's own are left out. */
export async function listMysqlSchemas(query: MysqlCatalogQuery): Promise<string[]> {
  const rows = await query<{ name: string }>(
    `SELECT SCHEMA_NAME AS name FROM information_schema.SCHEMATA
     WHERE SCHEMA_NAME NOT IN ${SYSTEM_SCHEMAS} ORDER BY SCHEMA_NAME`,
  );
  return rows.map((row) => row.name);
}

async function listByType(query: MysqlCatalogQuery, schema: string | null, types: string) {
  const rows = await query<{ name: string }>(
    `SELECT TABLE_NAME AS name FROM information_schema.TABLES
     WHERE TABLE_SCHEMA = ${SCHEMA} AND TABLE_TYPE IN ${types} ORDER BY TABLE_NAME`,
    [schema],
  );
  return rows.map((row) => row.name);
}

/** Base tables of a schema (MariaDB's system-versioned tables too). */
export const listMysqlTables = (query: MysqlCatalogQuery, schema: string | null) =>
  listByType(query, schema, `('BASE TABLE', 'SYSTEM VERSIONED')`);

/** Views of a schema. */
export const listMysqlViews = (query: MysqlCatalogQuery, schema: string | null) =>
  listByType(query, schema, `('VIEW')`);

interface ColumnRow {
  name: string;
  type: string;
  nullable: string;
  default: string | null;
  comment: string;
}

interface KeyRow {
  name: string;
  column_name: string;
  non_unique: number;
}

interface ReferenceRow {
  name: string;
  column_name: string;
  referred_schema: string;
  referred_table: string;
  referred_column: string;
}

/** Groups rows by `name`, keeping first-seen order. */
function groupByName<Row extends { name: string }>(rows: readonly Row[]): Map<string, Row[]> {
  const groups = new Map<string, Row[]>();
  for (const row of rows) groups.set(row.name, [...(groups.get(row.name) ?? []), row]);
  return groups;
}

/**
 * Columns (types as COLUMN_TYPE writes them), primary key, foreign keys and indexes of a
 * table or view; TABLE_DOES_NOT_EXIST_ERROR when there is none of that name.
 */
export async function getMysqlTableMetadata(
  query: MysqlCatalogQuery,
  dialect: Dialect,
  table: string,
  schema: string | null,
): Promise<TableMetadata> {
  const [relation] = await query<{ schema: string; comment: string | null }>(
    `SELECT TABLE_SCHEMA AS \`schema\`, TABLE_COMMENT AS comment FROM information_schema.TABLES
     WHERE TABLE_SCHEMA = ${SCHEMA} AND TABLE_NAME = ?`,
    [schema, table],
  );
  if (!relation) {
    throw new EngineError(
      'TABLE_DOES_NOT_EXIST_ERROR',
      `The table "${schema === null ? table : `${schema}.${table}`}" does not exist.`,
    );
  }
  const where = [relation.schema, table];
  const columns = await query<ColumnRow>(
    `SELECT COLUMN_NAME AS name, COLUMN_TYPE AS type, IS_NULLABLE AS nullable,
            COLUMN_DEFAULT AS \`default\`, COLUMN_COMMENT AS comment
     FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = ? AND TABLE_NAME = ?
     ORDER BY ORDINAL_POSITION`,
    where,
  );
  const keys = await query<KeyRow>(
    `SELECT INDEX_NAME AS name, COLUMN_NAME AS column_name, NON_UNIQUE AS non_unique
     FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = ? AND TABLE_NAME = ?
     ORDER BY INDEX_NAME, SEQ_IN_INDEX`,
    where,
  );
  const references = await query<ReferenceRow>(
    `SELECT CONSTRAINT_NAME AS name, COLUMN_NAME AS column_name,
            REFERENCED_TABLE_SCHEMA AS referred_schema, REFERENCED_TABLE_NAME AS referred_table,
            REFERENCED_COLUMN_NAME AS referred_column
     FROM information_schema.KEY_COLUMN_USAGE
     WHERE TABLE_SCHEMA = ? AND TABLE_NAME = ? AND REFERENCED_TABLE_NAME IS NOT NULL
     ORDER BY CONSTRAINT_NAME, ORDINAL_POSITION`,
    where,
  );
  const indexGroups = groupByName(keys);
  const primary = indexGroups.get('PRIMARY');
  const indexes: TableIndex[] = [...indexGroups]
    .filter(([name]) => name !== 'PRIMARY')
    .map(([name, parts]) => ({
      name,
      column_names: parts.map((part) => part.column_name),
      unique: Number(parts[0]?.non_unique) === 0,
    }));
  const foreignKeys: ForeignKey[] = [...groupByName(references)].map(([name, parts]) => ({
    name,
    constrained_columns: parts.map((part) => part.column_name),
    referred_schema: parts[0]?.referred_schema ?? null,
    referred_table: parts[0]?.referred_table ?? '',
    referred_columns: parts.map((part) => part.referred_column),
  }));
  return {
    name: table,
    schema: relation.schema,
    columns: columns.map((column) => ({
      name: column.name,
      type: column.type,
      genericType: dialect.genericType(column.type),
      nullable: column.nullable === 'YES',
      // MariaDB writes a missing default as the word NULL (and quotes text defaults).
      default: column.default === null || column.default === 'NULL' ? null : column.default,
      comment: column.comment === '' ? null : column.comment,
    })),
    primaryKey: primary
      ? { name: 'PRIMARY', column_names: primary.map((part) => part.column_name) }
      : null,
    foreignKeys,
    indexes,
    comment: relation.comment === '' || relation.comment === null ? null : relation.comment,
  };
}
