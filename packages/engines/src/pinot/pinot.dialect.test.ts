import { GenericDataType } from '@superset-ts/shared';
import { describe, expect, it } from 'vitest';
import { PINOT_DIALECT as dialect } from './pinot.dialect.js';

const moment = new Date(Date.UTC(2019, 0, 2, 3, 4, 5, 678));

describe('Pinot dialect (golden SQL)', () => {
  it('truncates with DATE_TRUNC at every grain Superset offers for Pinot', () => {
    expect(dialect.timeGrains()).toEqual([
      'PT1S',
      'PT1M',
      'PT5M',
      'PT10M',
      'PT15M',
      'PT30M',
      'PT1H',
      'P1D',
      'P1W',
      'P1M',
      'P3M',
      'P1Y',
    ]);
    expect(dialect.timeGrainExpression('"ts"', 'P1D')).toBe(
      `CAST(DATE_TRUNC('day', CAST("ts" AS TIMESTAMP)) AS TIMESTAMP)`,
    );
    expect(dialect.timeGrainExpression('"ts"', 'PT5M')).toBe(
      `CAST(ROUND(DATE_TRUNC('minute', CAST("ts" AS TIMESTAMP)), 300000) AS TIMESTAMP)`,
    );
  });

  it('converts epochs with DATETIMECONVERT and writes no moment literals, as Superset', () => {
    expect(dialect.epochExpression('"t"', 'epoch_s')).toBe(
      `DATETIMECONVERT("t", '1:SECONDS:EPOCH', '1:SECONDS:EPOCH', '1:SECONDS')`,
    );
    expect(dialect.epochExpression('"t"', 'epoch_ms')).toBe(
      `DATETIMECONVERT("t", '1:MILLISECONDS:EPOCH', '1:MILLISECONDS:EPOCH', '1:MILLISECONDS')`,
    );
    expect(dialect.convertDttm('TIMESTAMP', moment)).toBeNull();
    expect(dialect.convertDttm('DATE', moment)).toBeNull();
  });

  it('quotes tables and limits with a trailing LIMIT, since Pinot has no subqueries', () => {
    expect(dialect.quoteIdentifier('air"lines')).toBe('"air""lines"');
    expect(dialect.selectStar({ table: 'airlineStats' }, 10)).toBe(
      'SELECT *\nFROM "airlineStats"\nLIMIT 10',
    );
    expect(dialect.limitQuery('SELECT * FROM airlineStats', 10)).toBe(
      'SELECT * FROM airlineStats\nLIMIT 10',
    );
    expect(dialect.limitQuery('SELECT * FROM airlineStats LIMIT 5;', 10)).toBe(
      'SELECT * FROM airlineStats LIMIT 5',
    );
  });

  it('maps Pinot types and classifies its messages', () => {
    expect(dialect.genericType('LONG')).toBe(GenericDataType.NUMERIC);
    expect(dialect.genericType('BIG_DECIMAL')).toBe(GenericDataType.NUMERIC);
    expect(dialect.genericType('STRING')).toBe(GenericDataType.STRING);
    expect(dialect.genericType('INT_ARRAY')).toBe(GenericDataType.STRING);
    expect(dialect.genericType('TIMESTAMP')).toBe(GenericDataType.TEMPORAL);
    expect(dialect.classifyError('{"errorCode":190,"message":"TableDoesNotExistError"}').code).toBe(
      'TABLE_DOES_NOT_EXIST_ERROR',
    );
    expect(dialect.classifyError("Unknown columnName 'nope' found in the query").code).toBe(
      'COLUMN_DOES_NOT_EXIST_ERROR',
    );
    expect(dialect.classifyError('{"errorCode":150,"message":"SQLParsingError: ..."}').code).toBe(
      'SYNTAX_ERROR',
    );
  });
});
