import type { CellValue } from '../spec/client.js';
import { dateTimeCell, decimalCell, integerCell } from '../spec/cell-values.js';
import { ARRAY_ELEMENT_OIDS } from './pg-type-names.js';

/** A text-format parser for one column type. */
type TextParser = (text: string) => unknown;

/** Any value a parser left as an object, made into a cell (arrays and objects as JSON). */
export function toCell(value: unknown): CellValue {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value;
  if (typeof value === 'boolean' || typeof value === 'number' || typeof value === 'string') {
    return value;
  }
  if (typeof value === 'bigint') return integerCell(value.toString());
  if (Buffer.isBuffer(value)) return `\\x${value.toString('hex')}`;
  return JSON.stringify(value);
}

/** The cursor's `types` option: a parser per type OID. */
export interface PgCellParsers {
  getTypeParser(oid: number): TextParser;
}

const identity: TextParser = (text) => text;

/**
 * Parsers for the cursor: JSON and bytea stay as the database writes them, big integers and
 * decimals become numbers while exact, dates are read as UTC, arrays of simple types become
 * JSON text, and a type without a parser here stays text.
 */
export function pgCellParsers(defaults: (oid: number) => TextParser): PgCellParsers {
  const own: Readonly<Record<number, TextParser>> = {
    20: integerCell,
    1700: decimalCell,
    1082: dateTimeCell,
    1114: dateTimeCell,
    1184: dateTimeCell,
  };
  const driverParsed = new Set([16, 21, 23, 26, 700, 701]);
  return {
    getTypeParser(oid: number): TextParser {
      const parser = own[oid];
      if (parser) return parser;
      if (driverParsed.has(oid)) return defaults(oid);
      const element = ARRAY_ELEMENT_OIDS[oid];
      if (
        element !== undefined &&
        (driverParsed.has(element) || element === 20 || element === 25)
      ) {
        const parseArray = defaults(oid);
        return (text) => JSON.stringify(parseArray(text));
      }
      return identity;
    },
  };
}
