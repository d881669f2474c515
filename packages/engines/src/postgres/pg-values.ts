import type { CellValue } from '../spec/client.js';
import { dateTimeCell, decimalCell, integerCell } from '../spec/cell-values.js';
import { ARRAY_ELEMENT_OIDS } from './pg-type-names.js';

/** A text-format parser for one column type. */
type TextParser = (text: string) => unknown;

/** What the driver's default parsers look like (`pg.types.getTypeParser`). */
type DefaultParsers = (oid: number, format?: 'text') => TextParser;

/** Any value a parser left as an object, made into a cell (arrays and objects as JSON). */
export function toCell(value: unknown): CellValue {
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
      if (Buffer.isBuffer(value)) return `\\x${value.toString('hex')}`;
      return JSON.stringify(value);
  }
}

const identity: TextParser = (text) => text;

/**
 * Parsers for the cursor: JSON and bytea stay as the database writes them, big integers and
 * decimals become numbers while exact, dates are read as UTC, arrays of simple types become
 * JSON text, and a type without a parser here stays text.
 */
export function pgCellParsers(defaults: DefaultParsers) {
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
      if (driverParsed.has(oid)) return defaults(oid, 'text');
      const element = ARRAY_ELEMENT_OIDS[oid];
      if (
        element !== undefined &&
        (driverParsed.has(element) || element === 20 || element === 25)
      ) {
        const parseArray = defaults(oid, 'text');
        return (text) => JSON.stringify(parseArray(text));
      }
      return identity;
    },
  };
}
