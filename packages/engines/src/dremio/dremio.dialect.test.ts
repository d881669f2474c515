import { GenericDataType } from '@superset-ts/shared';
import { describe, expect, it } from 'vitest';
import { DREMIO_DIALECT as dialect } from './dremio.dialect.js';

const moment = new Date(Date.UTC(2019, 0, 2, 3, 4, 5, 678));

describe('Dremio dialect (golden SQL)', () => {
  it('truncates with DATE_TRUNC to every grain Superset has for Dremio', () => {
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
    expect(dialect.timeGrainExpression('"ds"', 'PT1M')).toBe(`DATE_TRUNC('minute', "ds")`);
    expect(dialect.timeGrainExpression('"ds"', 'P1W')).toBe(`DATE_TRUNC('week', "ds")`);
  });

  it('converts epochs and moments to Dremio literals', () => {
    expect(dialect.epochExpression('"ts"', 'epoch_s')).toBe('TO_DATE("ts")');
    expect(dialect.convertDttm('DATE', moment)).toBe("TO_DATE('2019-01-02', 'YYYY-MM-DD')");
    expect(dialect.convertDttm('TIMESTAMP', moment)).toBe(
      "TO_TIMESTAMP('2019-01-02 03:04:05.678', 'YYYY-MM-DD HH24:MI:SS.FFF')",
    );
    expect(dialect.convertDttm('VARCHAR', moment)).toBeNull();
  });

  it('quotes spaces and folders, limits by wrapping and maps Dremio types', () => {
    expect(dialect.quoteTable({ table: 'trips', schema: 'Samples.nyc' })).toBe(
      '"Samples.nyc"."trips"',
    );
    expect(dialect.limitQuery('SELECT 1', 9)).toBe(
      'SELECT *\nFROM (\nSELECT 1\n) AS inner_qry\nLIMIT 9',
    );
    expect(dialect.genericType('LIST<VARCHAR>')).toBe(GenericDataType.STRING);
    expect(dialect.genericType('CHARACTER VARYING')).toBe(GenericDataType.STRING);
    expect(dialect.genericType('DOUBLE')).toBe(GenericDataType.NUMERIC);
  });

  it("classifies Calcite's validation and parse messages", () => {
    expect(
      dialect.classifyError("VALIDATION ERROR: Object 'nope' not found within 'Samples'"),
    ).toMatchObject({
      code: 'TABLE_DOES_NOT_EXIST_ERROR',
      message: 'The table "nope" does not exist. A valid table must be used to run this query.',
    });
    expect(
      dialect.classifyError("VALIDATION ERROR: Column 'colx' not found in any table").message,
    ).toBe('We can\'t seem to resolve the column "colx".');
    expect(
      dialect.classifyError('PARSE ERROR: Encountered "FORM" at line 1, column 10.'),
    ).toMatchObject({
      code: 'SYNTAX_ERROR',
      message:
        'Please check your query for syntax errors at or near "FORM" (line 1, column 10). Then, try running your query again.',
    });
  });
});
