import type { CellValue, TextCellReader } from '../spec/client.js';
import { dateTimeCell, decimalCell, integerCell, textCell } from '../spec/cell-values.js';
import { ARRAY_ELEMENT_OIDS } from './pg-type-names.js';

/** A text-format parser for one column type. */
type TextParser = (text: string) => unknown;

/** A parser whose every result is a cell. */
type CellParser = (text: string) => CellValue;

/** The cursor's `types` option: a parser per type OID, each giving cells. */
export interface PgCellParsers {
  getTypeParser(oid: number): CellParser;
}

const DATE_TIME_OIDS = new Set([1082, 1114, 1184]);
/** int8, int2, int4, oid, float4, float8, numeric: their text is a decimal number. */
const NUMBER_OIDS = new Set([20, 21, 23, 26, 700, 701, 1700]);

function readerKind(oid: number, read: CellParser): TextCellReader['kind'] {
  if (read === textCell) return 'text';
  if (NUMBER_OIDS.has(oid)) return 'number';
  return DATE_TIME_OIDS.has(oid) ? 'date-time' : 'other';
}

/**
 * Parsers for the cursor: JSON and bytea stay as the database writes them, big integers and
 * decimals become numbers while exact, dates are read as UTC, arrays of simple types become
 * JSON text, and a type without a parser here stays text.
 */
export function pgCellParsers(defaults: (oid: number) => TextParser): PgCellParsers {
  const own: Readonly<Record<number, CellParser>> = {
    20: integerCell,
    1700: decimalCell,
    1082: dateTimeCell,
    1114: dateTimeCell,
    1184: dateTimeCell,
  };
  // The driver reads these as booleans and numbers, which are cells as they are.
  const driverParsed = new Set([16, 21, 23, 26, 700, 701]);
  return {
    getTypeParser(oid: number): CellParser {
      const parser = own[oid];
      if (parser) return parser;
      if (driverParsed.has(oid)) return defaults(oid) as CellParser;
      const element = ARRAY_ELEMENT_OIDS[oid];
      if (
        element !== undefined &&
        (driverParsed.has(element) || element === 20 || element === 25)
      ) {
        const parseArray = defaults(oid);
        return (text) => JSON.stringify(parseArray(text));
      }
      return textCell;
    },
  };
}

/** The cursor's `types` for text cells: every value as the database sent it. */
export const PG_TEXT_PARSERS: PgCellParsers = { getTypeParser: () => textCell };

/** How to type a text cell of each column, from the same parsers typed streams use. */
export function pgTextReaders(
  parsers: PgCellParsers,
  typeOids: readonly number[],
): TextCellReader[] {
  return typeOids.map((oid) => {
    const read = parsers.getTypeParser(oid);
    return { kind: readerKind(oid, read), read };
  });
}
