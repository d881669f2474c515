import { GenericDataType } from '@superset-ts/shared';
import { describe, expect, it } from 'vitest';
import { DRUID_DIALECT as dialect } from './druid.dialect.js';

const moment = new Date(Date.UTC(2019, 0, 2, 3, 4, 5, 678));

describe('Druid dialect (golden SQL)', () => {
  it('floors to every period Superset offers for Druid', () => {
    expect(dialect.timeGrains()).toEqual([
      'PT1S',
      'PT5S',
      'PT30S',
      'PT1M',
      'PT5M',
      'PT10M',
      'PT15M',
      'PT30M',
      'PT1H',
      'PT6H',
      'P1D',
      'P1W',
      'P1M',
      'P3M',
      'P1Y',
      '1969-12-28T00:00:00Z/P1W',
      'P1W/1970-01-03T00:00:00Z',
    ]);
    expect(dialect.timeGrainExpression('"__time"', 'PT15M')).toBe(
      `TIME_FLOOR(CAST("__time" AS TIMESTAMP), 'PT15M')`,
    );
    expect(dialect.timeGrainExpression('"__time"', 'P1W/1970-01-03T00:00:00Z')).toBe(
      `TIME_SHIFT(TIME_FLOOR(TIME_SHIFT(CAST("__time" AS TIMESTAMP), 'P1D', 1), 'P1W'), 'P1D', 5)`,
    );
    expect(dialect.timeGrainExpression('"__time"', '1969-12-28T00:00:00Z/P1W')).toBe(
      `TIME_SHIFT(TIME_FLOOR(TIME_SHIFT(CAST("__time" AS TIMESTAMP), 'P1D', 1), 'P1W'), 'P1D', -1)`,
    );
  });

  it('parses moments with TIME_PARSE and converts epochs with MILLIS_TO_TIMESTAMP', () => {
    expect(dialect.convertDttm('DATE', moment)).toBe("CAST(TIME_PARSE('2019-01-02') AS DATE)");
    expect(dialect.convertDttm('TIMESTAMP', moment)).toBe("TIME_PARSE('2019-01-02T03:04:05')");
    expect(dialect.convertDttm('DATETIME', moment)).toBe("TIME_PARSE('2019-01-02T03:04:05')");
    expect(dialect.convertDttm('VARCHAR', moment)).toBeNull();
    expect(dialect.epochExpression('"t"', 'epoch_s')).toBe('MILLIS_TO_TIMESTAMP("t" * 1000)');
    expect(dialect.epochExpression('"t"', 'epoch_ms')).toBe('MILLIS_TO_TIMESTAMP("t")');
  });

  it('quotes datasources and limits by wrapping', () => {
    expect(dialect.quoteTable({ schema: 'druid', table: 'wiki"pedia' })).toBe(
      '"druid"."wiki""pedia"',
    );
    expect(dialect.selectStar({ schema: 'druid', table: 'wikipedia' }, 10)).toBe(
      'SELECT *\nFROM "druid"."wikipedia"\nLIMIT 10',
    );
    expect(dialect.limitQuery('SELECT 1', 3)).toBe(
      'SELECT *\nFROM (\nSELECT 1\n) AS inner_qry\nLIMIT 3',
    );
  });

  it('maps Druid types and classifies its messages', () => {
    expect(dialect.genericType('LONG')).toBe(GenericDataType.NUMERIC);
    expect(dialect.genericType('COMPLEX<json>')).toBe(GenericDataType.STRING);
    expect(dialect.genericType('TIMESTAMP')).toBe(GenericDataType.TEMPORAL);
    expect(
      dialect.classifyError("From line 1, column 15 to line 1, column 18: Object 'nope' not found"),
    ).toMatchObject({
      code: 'TABLE_DOES_NOT_EXIST_ERROR',
      message: expect.stringContaining('"nope"') as string,
    });
    expect(dialect.classifyError("Column 'x' not found in any table").code).toBe(
      'COLUMN_DOES_NOT_EXIST_ERROR',
    );
    expect(dialect.classifyError('Encountered "FORM" at line 1, column 10.')).toMatchObject({
      code: 'SYNTAX_ERROR',
      message:
        'Please check your query for syntax errors at or near "FORM". Then, try running your query again.',
    });
    expect(
      dialect.classifyError('Received an unexpected token [FORM] (line [1], column [10])').message,
    ).toContain('"FORM"');
  });
});
