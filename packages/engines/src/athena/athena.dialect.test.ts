import { GenericDataType } from '@superset-ts/shared';
import { describe, expect, it } from 'vitest';
import { ATHENA_DIALECT as dialect } from './athena.dialect.js';

const moment = new Date(Date.UTC(2019, 0, 2, 3, 4, 5, 678));

describe('Athena dialect (golden SQL)', () => {
  it('offers Superset’s Athena grains', () => {
    expect(dialect.timeGrains()).toEqual([
      'PT1S',
      'PT1M',
      'PT1H',
      'P1D',
      'P1W',
      'P1M',
      'P3M',
      'P1Y',
      '1969-12-28T00:00:00Z/P1W',
      'P1W/1970-01-03T00:00:00Z',
    ]);
    expect(dialect.timeGrainExpression('"ts"', 'P1M')).toBe(
      `date_trunc('month', CAST("ts" AS TIMESTAMP))`,
    );
    expect(dialect.timeGrainExpression('"ts"', 'P1W/1970-01-03T00:00:00Z')).toBe(
      `date_add('day', 5, date_trunc('week', date_add('day', 1, CAST("ts" AS TIMESTAMP))))`,
    );
    expect(dialect.timeGrainExpression('"ts"', '1969-12-28T00:00:00Z/P1W')).toBe(
      `date_add('day', -1, date_trunc('week', date_add('day', 1, CAST("ts" AS TIMESTAMP))))`,
    );
  });

  it('writes literals to the millisecond and from_unixtime epochs', () => {
    expect(dialect.convertDttm('DATE', moment)).toBe(`DATE '2019-01-02'`);
    expect(dialect.convertDttm('TIMESTAMP', moment)).toBe(`TIMESTAMP '2019-01-02 03:04:05.678'`);
    expect(dialect.convertDttm('VARCHAR', moment)).toBeNull();
    expect(dialect.epochExpression('ts', 'epoch_s')).toBe('from_unixtime(ts)');
  });

  it('quotes and limits like Presto', () => {
    expect(dialect.quoteTable({ schema: 'db', table: 'x"y' })).toBe('"db"."x""y"');
    expect(dialect.selectStar({ schema: 'db', table: 't' })).toBe(
      'SELECT *\nFROM "db"."t"\nLIMIT 100',
    );
    expect(dialect.limitQuery('SELECT 1', 2)).toBe(
      'SELECT *\nFROM (\nSELECT 1\n) AS inner_qry\nLIMIT 2',
    );
  });

  it('maps Athena types and classifies its messages', () => {
    expect(dialect.genericType('array<string>')).toBe(GenericDataType.STRING);
    expect(dialect.genericType('double')).toBe(GenericDataType.NUMERIC);
    expect(
      dialect.classifyError("line 1:1: mismatched input 'SELEC'. Expecting: 'ALTER', 'SELECT'"),
    ).toMatchObject({
      code: 'SYNTAX_ERROR',
      message:
        'Please check your query for syntax errors at or near "SELEC". Then, try running your query again.',
    });
    expect(
      dialect.classifyError(
        "TABLE_NOT_FOUND: line 1:15: Table 'awsdatacatalog.db.nope' does not exist",
      ).code,
    ).toBe('TABLE_DOES_NOT_EXIST_ERROR');
    expect(
      dialect.classifyError("COLUMN_NOT_FOUND: line 1:8: Column 'x' cannot be resolved").code,
    ).toBe('COLUMN_DOES_NOT_EXIST_ERROR');
  });
});
