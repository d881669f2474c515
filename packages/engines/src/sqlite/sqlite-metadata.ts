import type { CellValue, ForeignKey, TableIndex, TableMetadata } from '../spec/client.js';
import { EngineError } from '../spec/engine-error.js';
import { sqlString } from '../spec/dttm-format.js';
import { SQLITE_DIALECT } from './sqlite.dialect.js';

/** Runs a statement and returns its rows. */
export type RunSql = (sql: string) => Promise<CellValue[][]>;

const text = (value: CellValue | undefined): string => (value === null ? '' : String(value));

/** Names of the user's tables or views, without SQLite's own `sqlite_*` tables. */
export async function listSqliteObjects(run: RunSql, type: 'table' | 'view'): Promise<string[]> {
  const rows = await run(
    `SELECT name FROM sqlite_master WHERE type = '${type}' ` +
      `AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name`,
  );
  return rows.map((row) => text(row[0]));
}

async function primaryKeyColumns(run: RunSql, table: string): Promise<string[]> {
  const rows = await run(
    `SELECT name FROM pragma_table_info(${sqlString(table)}) WHERE pk > 0 ORDER BY pk`,
  );
  return rows.map((row) => text(row[0]));
}

async function foreignKeys(run: RunSql, table: string): Promise<ForeignKey[]> {
  const rows = await run(
    `SELECT id, "table", "from", "to" FROM pragma_foreign_key_list(${sqlString(table)}) ORDER BY id, seq`,
  );
  const byId = new Map<number, ForeignKey>();
  for (const [id, referred, from, to] of rows) {
    let key = byId.get(Number(id));
    if (!key) {
      key = {
        name: null,
        constrained_columns: [],
        referred_schema: null,
        referred_table: text(referred),
        referred_columns: [],
      };
      byId.set(Number(id), key);
    }
    key.constrained_columns.push(text(from));
    if (to !== null) key.referred_columns.push(text(to));
  }
  // `REFERENCES parent` without columns means the parent's primary key.
  for (const key of byId.values()) {
    if (key.referred_columns.length === 0) {
      key.referred_columns = await primaryKeyColumns(run, key.referred_table);
    }
  }
  return [...byId.values()];
}

async function indexes(run: RunSql, table: string): Promise<TableIndex[]> {
  const list = await run(
    `SELECT name, "unique" FROM pragma_index_list(${sqlString(table)}) ` +
      `WHERE name NOT LIKE 'sqlite\\_autoindex\\_%' ESCAPE '\\' ORDER BY name`,
  );
  const result: TableIndex[] = [];
  for (const [name, unique] of list) {
    const columns = await run(
      `SELECT name FROM pragma_index_info(${sqlString(text(name))}) ORDER BY seqno`,
    );
    result.push({
      name: text(name),
      column_names: columns.map((row) => text(row[0])),
      unique: Number(unique) === 1,
    });
  }
  return result;
}

/** Columns, keys and indexes of a table or view; TABLE_DOES_NOT_EXIST_ERROR when there is none. */
export async function describeSqliteTable(run: RunSql, table: string): Promise<TableMetadata> {
  const found = await run(
    `SELECT type FROM sqlite_master WHERE name = ${sqlString(table)} AND type IN ('table', 'view')`,
  );
  if (found.length === 0) {
    throw new EngineError('TABLE_DOES_NOT_EXIST_ERROR', `The table "${table}" does not exist.`);
  }
  const columns = await run(
    `SELECT name, type, "notnull", dflt_value FROM pragma_table_info(${sqlString(table)}) ORDER BY cid`,
  );
  const primaryKey = await primaryKeyColumns(run, table);
  return {
    name: table,
    schema: null,
    columns: columns.map(([name, type, notNull, defaultValue]) => ({
      name: text(name),
      type: text(type),
      genericType: SQLITE_DIALECT.genericType(text(type)),
      nullable: Number(notNull) === 0,
      default: defaultValue === null ? null : text(defaultValue),
      comment: null,
    })),
    primaryKey: primaryKey.length > 0 ? { name: null, column_names: primaryKey } : null,
    foreignKeys: await foreignKeys(run, table),
    indexes: await indexes(run, table),
    comment: null,
  };
}
