import type { TypeCast } from 'mysql2';
import { dateTimeCell, decimalCell, integerCell } from '../spec/cell-values.js';
import type { CellValue } from '../spec/client.js';

/**
 * How mysql2 turns each value into a cell: decimals and big integers become numbers while
 * exact, dates and datetimes are read as UTC, JSON stays as the database writes it (also
 * MariaDB's JSON, which is text marked `json`), BIT becomes a number.
 */
const DECIMALS = new Set(['DECIMAL', 'NEWDECIMAL']);
const DATES = new Set(['DATE', 'NEWDATE', 'DATETIME', 'DATETIME2', 'TIMESTAMP', 'TIMESTAMP2']);

export const mysqlTypeCast: TypeCast = (field, next) => {
  if (field.type === 'JSON' || field.extendedFormat === 'json') return field.string('utf8');
  if (DECIMALS.has(field.type) || field.type === 'LONGLONG' || DATES.has(field.type)) {
    const text = field.string();
    if (text === null) return null;
    if (field.type === 'LONGLONG') return integerCell(text);
    return DECIMALS.has(field.type) ? decimalCell(text) : dateTimeCell(text);
  }
  if (field.type === 'BIT') {
    const bits = field.buffer();
    return bits === null ? null : bits.reduce((value, byte) => value * 256 + byte, 0);
  }
  return next();
};

/** A value mysql2 left as an object, made into a cell: bytes as `0x` hex, others as JSON. */
export function toMysqlCell(value: unknown): CellValue {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value;
  if (typeof value === 'boolean' || typeof value === 'number' || typeof value === 'string') {
    return value;
  }
  if (typeof value === 'bigint') return integerCell(value.toString());
  if (Buffer.isBuffer(value)) return `0x${value.toString('hex')}`;
  return JSON.stringify(value);
}
