import { isoDate, isoDateTime, sqlString } from '@superset-ts/engines';
import type { ExampleCell, ExampleColumn } from '../example-table.js';
import type { ExamplesDb } from './examples-db.js';
import { sqlTypeOf } from './column-types.js';
import { sqlLiteral } from './sql-literals.js';

function jsonCell(cell: ExampleCell, column: ExampleColumn): ExampleCell {
  if (cell instanceof Date)
    return column.type === 'DATE' ? isoDate(cell) : isoDateTime(cell, 'milliseconds');
  if (typeof cell === 'number' && !Number.isFinite(cell)) {
    throw new Error(`${cell} cannot be stored in a ${column.type} column.`);
  }
  return cell;
}

/**
 * DuckDB parses a long VALUES list slowly (each cell is an expression to bind), so a batch
 * goes as one JSON array per column, cast to a typed list and unnested side by side.
 */
function duckDbInsert(
  db: ExamplesDb,
  head: string,
  columns: readonly ExampleColumn[],
  rows: readonly ExampleCell[][],
) {
  const lists = columns.map((column, index) => {
    const json = JSON.stringify(rows.map((row) => jsonCell(row[index] ?? null, column)));
    return `UNNEST(${sqlString(json)}::JSON::${sqlTypeOf('duckdb', column.type)}[])`;
  });
  return `${head} SELECT ${lists.join(', ')}`;
}

/** One INSERT of `rows` into `table`: a multi-row VALUES list, or DuckDB's typed lists. */
export function insertStatement(
  db: ExamplesDb,
  table: string,
  columns: readonly ExampleColumn[],
  rows: readonly ExampleCell[][],
): string {
  const head = `INSERT INTO ${db.quote(table)} (${columns.map((c) => db.quote(c.name)).join(', ')})`;
  if (db.backend === 'duckdb') return duckDbInsert(db, head, columns, rows);
  const tuples = rows.map(
    (row) =>
      `(${columns.map((column, index) => sqlLiteral(db.backend, row[index] ?? null, column.type)).join(', ')})`,
  );
  return `${head} VALUES ${tuples.join(',\n')}`;
}
