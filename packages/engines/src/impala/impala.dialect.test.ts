import { GenericDataType } from '@superset-ts/shared';
import { describe, expect, it } from 'vitest';
import { IMPALA_DIALECT as dialect } from './impala.dialect.js';

const moment = new Date(Date.UTC(2019, 0, 2, 3, 4, 5, 678));

describe('Apache Impala dialect (golden SQL)', () => {
  it('truncates with TRUNC to every grain Superset has for Impala', () => {
    expect(dialect.timeGrains()).toEqual(['PT1M', 'PT1H', 'P1D', 'P1W', 'P1M', 'P3M', 'P1Y']);
    expect(dialect.timeGrainExpression('`ds`', 'PT1M')).toBe("TRUNC(`ds`, 'MI')");
    expect(dialect.timeGrainExpression('`ds`', 'P1D')).toBe("TRUNC(`ds`, 'DD')");
    expect(dialect.timeGrainExpression('`ds`', 'P1W')).toBe("TRUNC(`ds`, 'WW')");
    expect(dialect.timeGrainExpression('`ds`', 'P3M')).toBe("TRUNC(`ds`, 'Q')");
    expect(dialect.timeGrainExpression('`ds`', 'P1Y')).toBe("TRUNC(`ds`, 'YYYY')");
    expect(() => dialect.timeGrainExpression('`ds`', 'PT1S')).toThrow(/no time grain PT1S/);
  });

  it('converts epochs and moments to Impala literals (ISO with a T)', () => {
    expect(dialect.epochExpression('`ts`', 'epoch_s')).toBe('from_unixtime(`ts`)');
    expect(dialect.convertDttm('DATE', moment)).toBe("CAST('2019-01-02' AS DATE)");
    expect(dialect.convertDttm('TIMESTAMP', moment)).toBe(
      "CAST('2019-01-02T03:04:05.678000' AS TIMESTAMP)",
    );
    expect(dialect.convertDttm('STRING', moment)).toBeNull();
  });

  it('quotes with backticks and limits by wrapping', () => {
    expect(dialect.quoteTable({ table: 'web`logs', schema: 'default' })).toBe(
      '`default`.`web``logs`',
    );
    expect(dialect.limitQuery('SELECT 1', 7)).toBe(
      'SELECT *\nFROM (\nSELECT 1\n) AS inner_qry\nLIMIT 7',
    );
    expect(dialect.genericType('string')).toBe(GenericDataType.STRING);
    expect(dialect.genericType('double')).toBe(GenericDataType.NUMERIC);
    expect(dialect.genericType('timestamp')).toBe(GenericDataType.TEMPORAL);
  });

  it('classifies the AnalysisExceptions Impala produces', () => {
    expect(
      dialect.classifyError("AnalysisException: Could not resolve table reference: 'web.nope'"),
    ).toMatchObject({
      code: 'TABLE_DOES_NOT_EXIST_ERROR',
      message: 'The table "web.nope" does not exist. A valid table must be used to run this query.',
    });
    expect(
      dialect.classifyError("AnalysisException: Could not resolve column/field reference: 'colx'")
        .message,
    ).toBe('We can\'t seem to resolve the column "colx".');
    expect(dialect.classifyError('AnalysisException: Database does not exist: sales').code).toBe(
      'SCHEMA_DOES_NOT_EXIST_ERROR',
    );
    expect(
      dialect.classifyError('AnalysisException: Syntax error in line 1:\nSELEC 1\n^'),
    ).toMatchObject({
      code: 'SYNTAX_ERROR',
      message: 'Please check your query for syntax errors in line 1.',
    });
  });
});
