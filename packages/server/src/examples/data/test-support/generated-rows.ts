import { createHash } from 'node:crypto';
import { expect } from 'vitest';
import type { ExampleCell, ExampleColumnType, GeneratedExampleTable } from '../../example-table.js';

/** Every row of a generated table, read once. */
export function rowsOf(table: GeneratedExampleTable): ExampleCell[][] {
  return [...table.rows()];
}

/** A digest of rows, to compare two generations. */
export function fingerprint(rows: readonly ExampleCell[][]): string {
  const hash = createHash('sha256');
  for (const row of rows) {
    hash.update(
      JSON.stringify(row.map((cell) => (cell instanceof Date ? cell.toISOString() : cell))),
    );
  }
  return hash.digest('hex');
}

function matchesType(cell: ExampleCell, type: ExampleColumnType): boolean {
  if (cell === null) return true;
  switch (type) {
    case 'INTEGER':
    case 'BIGINT':
      return typeof cell === 'number' && Number.isSafeInteger(cell);
    case 'DOUBLE':
      return typeof cell === 'number' && Number.isFinite(cell);
    case 'VARCHAR':
    case 'TEXT':
      return typeof cell === 'string';
    case 'DATE':
      return cell instanceof Date && cell.getTime() % 86_400_000 === 0;
    case 'TIMESTAMP':
      return cell instanceof Date && !Number.isNaN(cell.getTime());
    case 'BOOLEAN':
      return typeof cell === 'boolean';
  }
}

/** Each row has one cell per column, of the column's type (null allowed). */
export function expectCellsMatchSchema(
  table: GeneratedExampleTable,
  rows: readonly ExampleCell[][],
): void {
  const { columns } = table.schema;
  const problems: string[] = [];
  rows.forEach((row, rowIndex) => {
    if (row.length !== columns.length) problems.push(`row ${rowIndex} has ${row.length} cells`);
    columns.forEach((column, index) => {
      const cell = row[index] ?? null;
      if (!matchesType(cell, column.type)) {
        problems.push(
          `row ${rowIndex}: ${column.name} (${column.type}) is ${JSON.stringify(cell)}`,
        );
      }
    });
  });
  expect(problems.slice(0, 5)).toEqual([]);
}

/** The cells of one column by name. */
export function columnOf(
  table: GeneratedExampleTable,
  rows: readonly ExampleCell[][],
  name: string,
): ExampleCell[] {
  const index = table.schema.columns.findIndex((column) => column.name === name);
  if (index < 0) throw new Error(`No column ${name} in ${table.schema.name}`);
  return rows.map((row) => row[index] ?? null);
}
