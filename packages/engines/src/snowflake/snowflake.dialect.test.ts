import { GenericDataType } from '@superset-ts/shared';
import { describe, expect, it } from 'vitest';
import { SNOWFLAKE_DIALECT as dialect } from './snowflake.dialect.js';

const moment = new Date(Date.UTC(2019, 0, 2, 3, 4, 5, 678));

describe('Snowflake dialect (golden SQL)', () => {
  it('offers every grain Superset has for Snowflake', () => {
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
    expect(dialect.timeGrainExpression('"TS"', 'P1W')).toBe(`DATE_TRUNC('WEEK', "TS")`);
    expect(dialect.timeGrainExpression('"TS"', 'PT10M')).toBe(
      `DATEADD(MINUTE, FLOOR(DATE_PART(MINUTE, "TS") / 10) * 10, DATE_TRUNC('HOUR', "TS"))`,
    );
  });

  it('writes TO_DATE / TO_TIMESTAMP literals and DATEADD epochs', () => {
    expect(dialect.convertDttm('DATE', moment)).toBe("TO_DATE('2019-01-02')");
    expect(dialect.convertDttm('TIMESTAMP_NTZ(9)', moment)).toBe(
      "TO_TIMESTAMP('2019-01-02T03:04:05.678000')",
    );
    expect(dialect.convertDttm('DATETIME', moment)).toBe(
      "CAST('2019-01-02T03:04:05.678000' AS DATETIME)",
    );
    expect(dialect.convertDttm('VARCHAR', moment)).toBeNull();
    expect(dialect.epochExpression('"T"', 'epoch_s')).toBe(`DATEADD(S, "T", '1970-01-01')`);
    expect(dialect.epochExpression('"T"', 'epoch_ms')).toBe(`DATEADD(MS, "T", '1970-01-01')`);
  });

  it('quotes database, schema and table and limits by wrapping', () => {
    expect(dialect.quoteTable({ catalog: 'SALES', schema: 'PUBLIC', table: 'my"t' })).toBe(
      '"SALES"."PUBLIC"."my""t"',
    );
    expect(dialect.selectStar({ schema: 'PUBLIC', table: 'T' })).toBe(
      'SELECT *\nFROM "PUBLIC"."T"\nLIMIT 100',
    );
    expect(dialect.limitQuery('SELECT 1', 5)).toBe(
      'SELECT *\nFROM (\nSELECT 1\n) AS inner_qry\nLIMIT 5',
    );
  });

  it('maps Snowflake types', () => {
    expect(dialect.genericType('NUMBER(38,0)')).toBe(GenericDataType.NUMERIC);
    expect(dialect.genericType('FIXED')).toBe(GenericDataType.NUMERIC);
    expect(dialect.genericType('VARIANT')).toBe(GenericDataType.STRING);
    expect(dialect.genericType('TIMESTAMP_LTZ')).toBe(GenericDataType.TEMPORAL);
    expect(dialect.genericType('BOOLEAN')).toBe(GenericDataType.BOOLEAN);
  });

  it('classifies Snowflake’s messages', () => {
    expect(dialect.classifyError('Incorrect username or password was specified.').code).toBe(
      'CONNECTION_ACCESS_DENIED_ERROR',
    );
    expect(
      dialect.classifyError(
        "Role 'ANALYST' specified in the connect string does not exist or not authorized.",
      ).message,
    ).toBe('The role "ANALYST" does not exist or this user may not use it.');
    expect(dialect.classifyError('No active warehouse selected in the current session.').code).toBe(
      'CONNECTION_MISSING_PARAMETERS_ERROR',
    );
    expect(dialect.classifyError("Database 'NOPE' does not exist or not authorized.").code).toBe(
      'CONNECTION_UNKNOWN_DATABASE_ERROR',
    );
    expect(
      dialect.classifyError("Object 'DB.S.T' does not exist or not authorized."),
    ).toMatchObject({
      code: 'TABLE_DOES_NOT_EXIST_ERROR',
      message: "'DB.S.T' does not exist in this database.",
    });
    expect(
      dialect.classifyError("syntax error line 1 at position 7 unexpected 'FORM'."),
    ).toMatchObject({ code: 'SYNTAX_ERROR', message: expect.stringContaining('"FORM"') as string });
  });
});
