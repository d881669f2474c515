import { sqlString } from '@superset-ts/engines';
import type { ExampleTable } from '../example-table.js';
import { sqlTypeOf } from './column-types.js';
import type { ExamplesDb } from './examples-db.js';

/** The table in the examples database that records which example tables are loaded. */
export const MARKER_TABLE = 'superset_examples_loaded';

/** What the marker says of a loaded table. */
export interface LoadedMarker {
  version: number;
  rowCount: number;
}

/** Creates the marker table when it is missing. */
export async function ensureMarkerTable(db: ExamplesDb): Promise<void> {
  const columns = [
    `table_name ${db.backend === 'mysql' ? 'VARCHAR(255)' : sqlTypeOf(db.backend, 'VARCHAR')} PRIMARY KEY`,
    `version ${sqlTypeOf(db.backend, 'INTEGER')} NOT NULL`,
    `row_count ${sqlTypeOf(db.backend, 'BIGINT')} NOT NULL`,
    `loaded_at ${sqlTypeOf(db.backend, 'TIMESTAMP')} NOT NULL`,
  ];
  await db.client.execute(
    `CREATE TABLE IF NOT EXISTS ${db.quote(MARKER_TABLE)} (${columns.join(', ')})`,
  );
}

/** Every marker, by table name. */
export async function readMarkers(db: ExamplesDb): Promise<Map<string, LoadedMarker>> {
  const result = await db.client.execute(
    `SELECT table_name, version, row_count FROM ${db.quote(MARKER_TABLE)}`,
  );
  return new Map(
    result.rows.map(([name, version, rowCount]) => [
      String(name),
      { version: Number(version), rowCount: Number(rowCount) },
    ]),
  );
}

/** The statements that record `table` as loaded with `rowCount` rows (run with the swap). */
export function markerStatements(db: ExamplesDb, table: ExampleTable, rowCount: number): string[] {
  const marker = db.quote(MARKER_TABLE);
  const name = sqlString(table.schema.name);
  const now = `${db.backend === 'sqlite' ? '' : 'TIMESTAMP '}${sqlString(new Date().toISOString().slice(0, 19).replace('T', ' '))}`;
  return [
    `DELETE FROM ${marker} WHERE table_name = ${name}`,
    `INSERT INTO ${marker} (table_name, version, row_count, loaded_at) VALUES (${name}, ${table.version}, ${rowCount}, ${now})`,
  ];
}

/** Whether the examples database has a table of that name (in its default schema). */
export async function hasTable(db: ExamplesDb, tableName: string): Promise<boolean> {
  return (await db.client.listTables(null)).includes(tableName);
}

/** The number of rows of a table, or null when there is no such table. */
export async function countRows(db: ExamplesDb, tableName: string): Promise<number | null> {
  if (!(await hasTable(db, tableName))) return null;
  const result = await db.client.execute(`SELECT COUNT(*) FROM ${db.quote(tableName)}`);
  return Number(result.rows[0]?.[0] ?? 0);
}

/**
 * The row count of `table` when it is loaded at its current version (the marker says so and
 * the table is there with the marker's row count), else null: it must be (re)loaded.
 */
export async function findLoadedRowCount(
  db: ExamplesDb,
  table: ExampleTable,
  markers: ReadonlyMap<string, LoadedMarker>,
): Promise<number | null> {
  const marker = markers.get(table.schema.name);
  if (!marker || marker.version !== table.version) return null;
  // A SQL-generated table's size is chosen per run (--big-table-rows).
  if (table.kind === 'sql' && marker.rowCount !== table.rowCount) return null;
  const rows = await countRows(db, table.schema.name);
  return rows === marker.rowCount ? rows : null;
}
