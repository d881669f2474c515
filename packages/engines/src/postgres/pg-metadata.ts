import type { ForeignKey, TableColumn, TableIndex, TableMetadata } from '../spec/client.js';
import type { Dialect } from '../spec/dialect.js';
import { EngineError } from '../spec/engine-error.js';

/** Runs a catalogue query with parameters and returns its rows as objects. */
export type PgCatalogQuery = <Row extends object>(
  sql: string,
  values?: readonly unknown[],
) => Promise<Row[]>;

/** Relation kinds: ordinary, partitioned and foreign tables; views and materialized views. */
const TABLE_KINDS = `('r', 'p', 'f')`;
const VIEW_KINDS = `('v', 'm')`;

/** The schema a null schema means: the first one on the search path. */
const SCHEMA = `COALESCE($1::text, current_schema())`;

/** Schemas a user can query; PostgreSQL's own and temporary ones are left out. */
export async function listPgSchemas(query: PgCatalogQuery): Promise<string[]> {
  const rows = await query<{ name: string }>(
    `SELECT nspname AS name FROM pg_catalog.pg_namespace
     WHERE nspname NOT IN ('pg_catalog', 'information_schema')
       AND nspname NOT LIKE 'pg\\_toast%' AND nspname NOT LIKE 'pg\\_temp\\_%'
     ORDER BY nspname`,
  );
  return rows.map((row) => row.name);
}

async function listRelations(query: PgCatalogQuery, schema: string | null, kinds: string) {
  const rows = await query<{ name: string }>(
    `SELECT c.relname AS name FROM pg_catalog.pg_class c
     JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = ${SCHEMA} AND c.relkind IN ${kinds}
     ORDER BY c.relname`,
    [schema],
  );
  return rows.map((row) => row.name);
}

/** Tables (ordinary, partitioned and foreign) of a schema. */
export const listPgTables = (query: PgCatalogQuery, schema: string | null) =>
  listRelations(query, schema, TABLE_KINDS);

/** Views and materialized views of a schema. */
export const listPgViews = (query: PgCatalogQuery, schema: string | null) =>
  listRelations(query, schema, VIEW_KINDS);

interface ConstraintRow {
  name: string;
  kind: 'p' | 'f';
  columns: number[];
  referred_oid: number | null;
  referred_schema: string | null;
  referred_table: string | null;
  referred_columns: number[] | null;
}

async function columnNames(query: PgCatalogQuery, oids: number[]) {
  const rows = await query<{ oid: number; num: number; name: string }>(
    `SELECT attrelid::int8 AS oid, attnum AS num, attname AS name FROM pg_catalog.pg_attribute
     WHERE attrelid = ANY($1::oid[]) AND attnum > 0`,
    [oids],
  );
  const names = new Map(rows.map((row) => [`${row.oid}:${row.num}`, row.name]));
  return (oid: number, nums: readonly number[]) =>
    nums.map((num) => names.get(`${oid}:${num}`) ?? String(num));
}

/**
 * Columns (types as `format_type` writes them), primary key, foreign keys and indexes of a
 * table or view; TABLE_DOES_NOT_EXIST_ERROR when there is none of that name.
 */
export async function getPgTableMetadata(
  query: PgCatalogQuery,
  dialect: Dialect,
  table: string,
  schema: string | null,
): Promise<TableMetadata> {
  const [relation] = await query<{ oid: number; schema: string; comment: string | null }>(
    `SELECT c.oid::int8 AS oid, n.nspname AS schema, obj_description(c.oid, 'pg_class') AS comment
     FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = ${SCHEMA} AND c.relname = $2 AND c.relkind IN ('r', 'p', 'f', 'v', 'm')`,
    [schema, table],
  );
  if (!relation) {
    throw new EngineError(
      'TABLE_DOES_NOT_EXIST_ERROR',
      `The table "${schema === null ? table : `${schema}.${table}`}" does not exist.`,
    );
  }
  const oid = Number(relation.oid);
  const columnRows = await query<Omit<TableColumn, 'genericType'>>(
    `SELECT a.attname AS name, format_type(a.atttypid, a.atttypmod) AS type,
            NOT a.attnotnull AS nullable, pg_get_expr(d.adbin, d.adrelid) AS default,
            col_description(a.attrelid, a.attnum) AS comment
     FROM pg_catalog.pg_attribute a
     LEFT JOIN pg_catalog.pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
     WHERE a.attrelid = $1 AND a.attnum > 0 AND NOT a.attisdropped
     ORDER BY a.attnum`,
    [oid],
  );
  const constraints = await query<ConstraintRow>(
    `SELECT con.conname AS name, con.contype AS kind, con.conkey::int2[] AS columns,
            con.confrelid::int8 AS referred_oid, rn.nspname AS referred_schema,
            rc.relname AS referred_table, con.confkey::int2[] AS referred_columns
     FROM pg_catalog.pg_constraint con
     LEFT JOIN pg_catalog.pg_class rc ON rc.oid = con.confrelid
     LEFT JOIN pg_catalog.pg_namespace rn ON rn.oid = rc.relnamespace
     WHERE con.conrelid = $1 AND con.contype IN ('p', 'f')
     ORDER BY con.conname`,
    [oid],
  );
  const indexRows = await query<{ name: string; unique: boolean; columns: number[] }>(
    `SELECT i.relname AS name, x.indisunique AS unique, x.indkey::int2[] AS columns
     FROM pg_catalog.pg_index x JOIN pg_catalog.pg_class i ON i.oid = x.indexrelid
     WHERE x.indrelid = $1 AND NOT x.indisprimary
     ORDER BY i.relname`,
    [oid],
  );
  const referred = constraints.flatMap((c) => (c.referred_oid ? [Number(c.referred_oid)] : []));
  const names = await columnNames(query, [oid, ...referred]);
  const primary = constraints.find((c) => c.kind === 'p');
  const foreignKeys: ForeignKey[] = constraints
    .filter((c) => c.kind === 'f')
    .map((c) => ({
      name: c.name,
      constrained_columns: names(oid, c.columns),
      referred_schema: c.referred_schema,
      referred_table: c.referred_table ?? '',
      referred_columns: names(Number(c.referred_oid), c.referred_columns ?? []),
    }));
  const indexes: TableIndex[] = indexRows.map((row) => ({
    name: row.name,
    column_names: names(
      oid,
      row.columns.filter((num) => num > 0),
    ),
    unique: row.unique,
  }));
  return {
    name: table,
    schema: relation.schema,
    columns: columnRows.map((column) => ({
      ...column,
      genericType: dialect.genericType(column.type),
    })),
    primaryKey: primary ? { name: primary.name, column_names: names(oid, primary.columns) } : null,
    foreignKeys,
    indexes,
    comment: relation.comment,
  };
}
