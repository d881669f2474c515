import type { TypeCast } from 'mysql2';
import { dateTimeCell, decimalCell, integerCell } from '../spec/cell-values.js';
import type { CellValue } from '../spec/client.js';

/**
 * How mysql2 turns each value into a cell: decimals and big integers become numbers while
 * exact, dates and datetimes are read as UTC, JSON stays as the database writes it (also
 * MariaDB's JSON, which is text marked `json`), BIT becomes a number.
 */
export const mysqlTypeCast: TypeCast = (field, next) => {
  if (field.type === 'JSON' || field.extendedFormat === 'json') return field.string('utf8');
  switch (field.type) {
    case 'DECIMAL':
    case 'NEWDECIMAL': {
      const text = field.string();
      return text === null ? null : decimalCell(text);
    }
    case 'LONGLONG': {
      const text = field.string();
      return text === null ? null : integerCell(text);
    }
    case 'DATE':
    case 'NEWDATE':
    case 'DATETIME':
    case 'DATETIME2':
    case 'TIMESTAMP':
    case 'TIMESTAMP2': {
      const text = field.string();
      return text === null ? null : dateTimeCell(text);
    }
    case 'BIT': {
      const bits = field.buffer();
      return bits === null ? null : bits.reduce((value, byte) => value * 256 + byte, 0);
    }
    default:
      return next();
  }
};

/** A value mysql2 left as an object, made into a cell: bytes as `0x` hex, others as JSON. */
export function toMysqlCell(value: unknown): CellValue {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value;
  switch (typeof value) {
    case 'boolean':
    case 'number':
    case 'string':
      return value;
    case 'bigint':
      return integerCell(value.toString());
    default:
      if (Buffer.isBuffer(value)) return `0x${value.toString('hex')}`;
      return JSON.stringify(value);
  }
}
