import { GenericDataType } from '@superset-ts/shared';
import { describe, expect, it } from 'vitest';
import { KYLIN_DIALECT as dialect } from './kylin.dialect.js';

const moment = new Date(Date.UTC(2019, 0, 2, 3, 4, 5, 678));

describe('Apache Kylin dialect (golden SQL)', () => {
  it('truncates with FLOOR ... TO to every grain Superset has for Kylin', () => {
    expect(dialect.timeGrains()).toEqual([
      'PT1S',
      'PT1M',
      'PT1H',
      'P1D',
      'P1W',
      'P1M',
      'P3M',
      'P1Y',
    ]);
    expect(dialect.timeGrainExpression('"DS"', 'PT1H')).toBe(
      'CAST(FLOOR(CAST("DS" AS TIMESTAMP) TO HOUR) AS TIMESTAMP)',
    );
    expect(dialect.timeGrainExpression('"DS"', 'P1D')).toBe(
      'CAST(FLOOR(CAST("DS" AS TIMESTAMP) TO DAY) AS DATE)',
    );
    expect(dialect.timeGrainExpression('"DS"', 'P1W')).toBe(
      'CAST(TIMESTAMPADD(WEEK, WEEK(CAST("DS" AS DATE)) - 1, FLOOR(CAST("DS" AS TIMESTAMP) TO YEAR)) AS DATE)',
    );
    expect(dialect.timeGrainExpression('"DS"', 'P3M')).toBe(
      'CAST(TIMESTAMPADD(QUARTER, QUARTER(CAST("DS" AS DATE)) - 1, FLOOR(CAST("DS" AS TIMESTAMP) TO YEAR)) AS DATE)',
    );
  });

  it('converts epochs and moments to Kylin literals', () => {
    expect(dialect.epochExpression('"TS"', 'epoch_s')).toBe(
      `TIMESTAMPADD(SECOND, "TS", TIMESTAMP '1970-01-01 00:00:00')`,
    );
    expect(dialect.convertDttm('DATE', moment)).toBe("CAST('2019-01-02' AS DATE)");
    expect(dialect.convertDttm('TIMESTAMP', moment)).toBe(
      "CAST('2019-01-02 03:04:05' AS TIMESTAMP)",
    );
    expect(dialect.convertDttm('VARCHAR', moment)).toBeNull();
  });

  it('quotes with double quotes, limits by wrapping and maps types', () => {
    expect(dialect.quoteTable({ table: 'KYLIN_SALES', schema: 'DEFAULT' })).toBe(
      '"DEFAULT"."KYLIN_SALES"',
    );
    expect(dialect.limitQuery('SELECT 1', 1)).toBe(
      'SELECT *\nFROM (\nSELECT 1\n) AS inner_qry\nLIMIT 1',
    );
    expect(dialect.genericType('DECIMAL(19,4)')).toBe(GenericDataType.NUMERIC);
    expect(dialect.genericType('TIMESTAMP')).toBe(GenericDataType.TEMPORAL);
  });

  it("classifies Calcite's messages as Kylin returns them", () => {
    expect(
      dialect.classifyError("From line 1, column 15 to line 1, column 18: Object 'NOPE' not found")
        .code,
    ).toBe('TABLE_DOES_NOT_EXIST_ERROR');
    expect(
      dialect.classifyError(
        "From line 1, column 8 to line 1, column 11: Column 'COLX' not found in table 'KYLIN_SALES'",
      ).message,
    ).toBe('We can\'t seem to resolve the column "COLX".');
    expect(dialect.classifyError('Encountered "FORM" at line 1, column 10.').code).toBe(
      'SYNTAX_ERROR',
    );
  });
});
