import { describe, expect, it } from 'vitest';
import { dateTimeCell, decimalCell, integerCell } from '../spec/cell-values.js';
import { PG_TEXT_PARSERS, pgCellParsers, pgTextReaders } from './pg-values.js';

describe('PostgreSQL values as cells', () => {
  it('keeps whole numbers exact: numbers while safe, digits beyond', () => {
    expect(integerCell('42')).toBe(42);
    expect(integerCell('-9007199254740991')).toBe(-9007199254740991);
    expect(integerCell('9007199254740993')).toBe('9007199254740993');
    expect(decimalCell('12.50')).toBe(12.5);
    expect(decimalCell('123456789012345678901234')).toBe('123456789012345678901234');
    expect(decimalCell('NaN')).toBe('NaN');
  });

  it('reads dates and timestamps as UTC unless they carry a zone', () => {
    expect(dateTimeCell('2024-02-29')).toEqual(new Date('2024-02-29T00:00:00Z'));
    expect(dateTimeCell('2024-02-29 13:14:15.123456')).toEqual(
      new Date('2024-02-29T13:14:15.123Z'),
    );
    expect(dateTimeCell('2024-02-29 13:14:15+02')).toEqual(new Date('2024-02-29T11:14:15Z'));
    expect(dateTimeCell('2024-02-29 13:14:15-05:30')).toEqual(new Date('2024-02-29T18:44:15Z'));
    expect(dateTimeCell('0044-03-15')).toEqual(new Date('0044-03-15T00:00:00Z'));
    expect(dateTimeCell('infinity')).toBe('infinity');
    expect(dateTimeCell('0044-03-15 BC')).toBe('0044-03-15 BC');
  });

  it('leaves JSON, bytea and unknown types as the database writes them', () => {
    const parsers = pgCellParsers(() => (text) => `driver:${text}`);
    expect(parsers.getTypeParser(3802)('{"a": 1}')).toBe('{"a": 1}');
    expect(parsers.getTypeParser(17)('\\x01')).toBe('\\x01');
    expect(parsers.getTypeParser(99999)('whatever')).toBe('whatever');
    expect(parsers.getTypeParser(23)('5')).toBe('driver:5');
    expect(parsers.getTypeParser(1007)('{1,2}')).toBe('"driver:{1,2}"');
  });

  it('reads text cells into the same cells, saying which text a consumer may use as it is', () => {
    const parsers = pgCellParsers((oid) => {
      if (oid === 16) return (text) => text === 't';
      return oid === 1007 ? () => [1, 2] : Number;
    });
    const readers = pgTextReaders(
      parsers,
      [25, 3802, 16, 23, 20, 1700, 701, 1082, 1114, 1184, 1007],
    );
    expect(readers.map((reader) => reader.kind)).toEqual([
      'text',
      'text',
      'other',
      'number',
      'number',
      'number',
      'number',
      'date-time',
      'date-time',
      'date-time',
      'other',
    ]);
    expect(readers[2]?.read('t')).toBe(true);
    expect(readers[5]?.read('12.50')).toBe(12.5);
    expect(readers[8]?.read('2024-02-29 13:14:15')).toEqual(new Date('2024-02-29T13:14:15Z'));
    expect(readers[10]?.read('{1,2}')).toBe('[1,2]');
    expect(PG_TEXT_PARSERS.getTypeParser(1114)('2024-02-29 13:14:15')).toBe('2024-02-29 13:14:15');
  });
});
