import { describe, expect, it } from 'vitest';
import { SQLITE_DIALECT as dialect } from './sqlite.dialect.js';

describe('SQLite dialect (golden SQL)', () => {
  it('offers every grain Superset offers for SQLite, in the built-in order', () => {
    expect(dialect.timeGrains()).toEqual([
      'PT1S',
      'PT5S',
      'PT30S',
      'PT1M',
      'PT5M',
      'PT10M',
      'PT15M',
      'PT30M',
      'PT0.5H',
      'PT1H',
      'PT6H',
      'P1D',
      'P1W',
      'P1M',
      'P3M',
      'P0.25Y',
      'P1Y',
      '1969-12-28T00:00:00Z/P1W',
      '1969-12-29T00:00:00Z/P1W',
      'P1W/1970-01-03T00:00:00Z',
      'P1W/1970-01-04T00:00:00Z',
    ]);
  });

  it('truncates with DATETIME and STRFTIME modifiers', () => {
    const grain = (g: Parameters<typeof dialect.timeGrainExpression>[1]) =>
      dialect.timeGrainExpression('"ds"', g);
    expect(grain('PT1S')).toBe(`DATETIME(STRFTIME('%Y-%m-%dT%H:%M:%S', "ds"))`);
    expect(grain('PT5S')).toBe(
      `DATETIME("ds", printf('-%d seconds', CAST(strftime('%S', "ds") AS INT) % 5))`,
    );
    expect(grain('PT15M')).toBe(
      `DATETIME(STRFTIME('%Y-%m-%dT%H:%M:00', "ds"), printf('-%d minutes', CAST(strftime('%M', "ds") AS INT) % 15))`,
    );
    expect(grain('PT0.5H')).toBe(grain('PT30M'));
    expect(grain('PT6H')).toBe(
      `DATETIME(STRFTIME('%Y-%m-%dT%H:00:00', "ds"), printf('-%d hours', CAST(strftime('%H', "ds") AS INT) % 6))`,
    );
    expect(grain('P1D')).toBe(`DATETIME("ds", 'start of day')`);
    expect(grain('P1W')).toBe(`DATETIME("ds", 'start of day', -strftime('%w', "ds") || ' days')`);
    expect(grain('P3M')).toBe(
      `DATETIME("ds", 'start of month', printf('-%d month', (strftime('%m', "ds") - 1) % 3))`,
    );
    expect(grain('P0.25Y')).toBe(grain('P3M'));
    expect(grain('1969-12-29T00:00:00Z/P1W')).toBe(
      `DATETIME("ds", 'start of day', 'weekday 1', '-7 days')`,
    );
    expect(grain('P1W/1970-01-03T00:00:00Z')).toBe(`DATETIME("ds", 'start of day', 'weekday 6')`);
    expect(grain(null)).toBe('"ds"');
  });

  it('converts epochs and moments to SQLite text', () => {
    expect(dialect.epochExpression('"ts"', 'epoch_s')).toBe(`datetime("ts", 'unixepoch')`);
    expect(dialect.epochExpression('"ts"', 'epoch_ms')).toBe(`datetime(("ts"/1000), 'unixepoch')`);
    const moment = new Date(Date.UTC(2019, 0, 2, 3, 4, 5, 678));
    for (const type of ['TEXT', 'VARCHAR(20)', 'DATETIME', 'TimeStamp', 'nchar']) {
      expect([type, dialect.convertDttm(type, moment)]).toEqual([type, `'2019-01-02 03:04:05'`]);
    }
    // Superset gives DATE columns no literal (its SQLAlchemy Date is not a DateTime).
    expect(dialect.convertDttm('DATE', moment)).toBeNull();
    expect(dialect.convertDttm('INTEGER', moment)).toBeNull();
  });

  it('quotes identifiers and limits by wrapping', () => {
    expect(dialect.quoteTable({ table: 'birth"names' })).toBe('"birth""names"');
    expect(dialect.selectStar({ table: 'birth_names' }, 5)).toBe(
      'SELECT *\nFROM "birth_names"\nLIMIT 5',
    );
    expect(dialect.limitQuery('SELECT * FROM t;', 10)).toBe(
      'SELECT *\nFROM (\nSELECT * FROM t\n) AS inner_qry\nLIMIT 10',
    );
  });

  it("maps SQLite's declared types to generic ones", () => {
    expect(dialect.genericType('INTEGER')).toBe(0);
    expect(dialect.genericType('REAL')).toBe(0);
    expect(dialect.genericType('NUMERIC')).toBe(0);
    expect(dialect.genericType('VARCHAR(10)')).toBe(1);
    expect(dialect.genericType('CLOB')).toBe(1);
    expect(dialect.genericType('DATETIME')).toBe(2);
    expect(dialect.genericType('BOOLEAN')).toBe(3);
  });

  it('classifies the messages SQLite produces', () => {
    expect(dialect.classifyError('no such column: nope')).toMatchObject({
      code: 'COLUMN_DOES_NOT_EXIST_ERROR',
      message: 'We can\'t seem to resolve the column "nope".',
    });
    expect(dialect.classifyError('no such table: main.nope')).toMatchObject({
      code: 'TABLE_DOES_NOT_EXIST_ERROR',
      message:
        'The table "main.nope" does not exist. A valid table must be used to run this query.',
    });
    expect(dialect.classifyError('near "SELEC": syntax error')).toMatchObject({
      code: 'SYNTAX_ERROR',
      message:
        'Please check your query for syntax errors at or near "SELEC". Then, try running your query again.',
    });
    expect(dialect.classifyError('incomplete input').code).toBe('SYNTAX_ERROR');
    expect(dialect.classifyError('attempt to write a readonly database').code).toBe(
      'CONNECTION_DATABASE_PERMISSIONS_ERROR',
    );
    expect(dialect.classifyError('database is locked').code).toBe('GENERIC_DB_ENGINE_ERROR');
  });
});
