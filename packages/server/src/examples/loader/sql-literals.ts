import { isoDate, isoDateTime, sqlString } from '@superset-ts/engines';
import type { ExampleCell, ExampleColumnType } from '../example-table.js';
import type { ExamplesBackend } from './column-types.js';

function textLiteral(backend: ExamplesBackend, value: string): string {
  // MySQL reads backslashes in string literals as escapes unless NO_BACKSLASH_ESCAPES is set.
  return sqlString(backend === 'mysql' ? value.replace(/\\/g, '\\\\') : value);
}

function dateTimeLiteral(backend: ExamplesBackend, value: Date, type: ExampleColumnType): string {
  const text =
    type === 'DATE'
      ? isoDate(value)
      : isoDateTime(value, value.getUTCMilliseconds() === 0 ? 'seconds' : 'milliseconds');
  if (backend === 'sqlite') return sqlString(text);
  return `${type === 'DATE' ? 'DATE' : 'TIMESTAMP'} ${sqlString(text)}`;
}

/**
 * One cell as a SQL literal of `backend`, for a column of `type`: dates as ISO literals in
 * UTC, text quoted and escaped for the engine.
 * @throws Error for a number that is not finite (a generator bug, not data to store).
 */
export function sqlLiteral(
  backend: ExamplesBackend,
  cell: ExampleCell,
  type: ExampleColumnType,
): string {
  if (cell === null) return 'NULL';
  if (typeof cell === 'boolean') {
    if (backend === 'sqlite') return cell ? '1' : '0';
    return cell ? 'TRUE' : 'FALSE';
  }
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell)) throw new Error(`${cell} cannot be stored in a ${type} column.`);
    return String(cell);
  }
  if (cell instanceof Date) return dateTimeLiteral(backend, cell, type);
  return textLiteral(backend, cell);
}
