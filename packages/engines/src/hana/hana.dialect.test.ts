import { GenericDataType } from '@superset-ts/shared';
import { describe, expect, it } from 'vitest';
import { HANA_DIALECT as dialect } from './hana.dialect.js';

const moment = new Date(Date.UTC(2019, 0, 2, 3, 4, 5, 678));

describe('SAP HANA dialect (golden SQL)', () => {
  it('offers the grains Superset has for HANA, by cutting timestamp text', () => {
    expect(dialect.timeGrains()).toEqual(['PT1S', 'PT1M', 'PT1H', 'P1D', 'P1M', 'P3M', 'P1Y']);
    expect(dialect.timeGrainExpression('"ds"', 'PT1M')).toBe(
      `TO_TIMESTAMP(SUBSTRING(TO_TIMESTAMP("ds"),0,17) || '00')`,
    );
    expect(dialect.timeGrainExpression('"ds"', 'P1D')).toBe('TO_DATE("ds")');
    expect(dialect.timeGrainExpression('"ds"', 'P1M')).toBe(
      `TO_DATE(SUBSTRING(TO_DATE("ds"),0,7)||'-01')`,
    );
    expect(dialect.timeGrainExpression('"ds"', 'P3M')).toBe(
      `TO_DATE(SUBSTRING(TO_DATE("ds"), 0, 5) || LPAD(CAST((CAST(SUBSTRING(QUARTER(TO_DATE("ds"), 1), 7, 1) AS INT)-1)*3 +1 AS TEXT),2,'0') || '-01')`,
    );
    expect(dialect.timeGrainExpression('"ds"', 'P1Y')).toBe(`TO_DATE(YEAR("ds")||'-01-01')`);
    expect(() => dialect.timeGrainExpression('"ds"', 'P1W')).toThrow(/no time grain P1W/);
  });

  it('converts epochs and moments to HANA literals', () => {
    expect(dialect.epochExpression('"ts"', 'epoch_s')).toBe(
      `ADD_SECONDS(TO_TIMESTAMP('1970-01-01 00:00:00'), "ts")`,
    );
    expect(dialect.epochExpression('"ts"', 'epoch_ms')).toBe(
      `ADD_SECONDS(TO_TIMESTAMP('1970-01-01 00:00:00'), ("ts"/1000))`,
    );
    expect(dialect.convertDttm('DATE', moment)).toBe(`TO_DATE('2019-01-02', 'YYYY-MM-DD')`);
    expect(dialect.convertDttm('TIMESTAMP', moment)).toBe(
      `TO_TIMESTAMP('2019-01-02T03:04:05.678000', 'YYYY-MM-DD"T"HH24:MI:SS.ff6')`,
    );
    expect(dialect.convertDttm('NVARCHAR', moment)).toBeNull();
  });

  it('quotes with double quotes and limits by wrapping (WRAP_SQL)', () => {
    expect(dialect.quoteTable({ table: 'SALES', schema: 'SYSTEM' })).toBe('"SYSTEM"."SALES"');
    expect(dialect.limitQuery('SELECT * FROM DUMMY;', 50)).toBe(
      'SELECT *\nFROM (\nSELECT * FROM DUMMY\n) AS inner_qry\nLIMIT 50',
    );
    expect(dialect.maxColumnNameLength).toBe(30);
    expect(dialect.genericType('SECONDDATE')).toBe(GenericDataType.TEMPORAL);
    expect(dialect.genericType('SMALLDECIMAL')).toBe(GenericDataType.NUMERIC);
    expect(dialect.genericType('NCLOB')).toBe(GenericDataType.STRING);
    expect(dialect.genericType('NVARCHAR(5000)')).toBe(GenericDataType.STRING);
  });

  it('classifies the messages hdbcli produces', () => {
    expect(dialect.classifyError("(10, 'authentication failed')").code).toBe(
      'CONNECTION_ACCESS_DENIED_ERROR',
    );
    expect(
      dialect.classifyError(
        "(259, 'invalid table name:  Could not find table/view NOPE in schema SYSTEM: line 1 col 15 (at pos 14)')",
      ),
    ).toMatchObject({
      code: 'TABLE_DOES_NOT_EXIST_ERROR',
      message:
        'The table "NOPE" does not exist in schema "SYSTEM". A valid table must be used to run this query.',
    });
    expect(
      dialect.classifyError("(260, 'invalid column name: COLX: line 1 col 8 (at pos 7)')").message,
    ).toBe('We can\'t seem to resolve the column "COLX".');
    expect(
      dialect.classifyError("(362, 'invalid schema name: SALES: line 1 col 15 (at pos 14)')").code,
    ).toBe('SCHEMA_DOES_NOT_EXIST_ERROR');
    expect(
      dialect.classifyError(
        `(257, 'sql syntax error: incorrect syntax near "FORM": line 1 col 10 (at pos 9)')`,
      ),
    ).toMatchObject({
      code: 'SYNTAX_ERROR',
      message:
        'Please check your query for syntax errors at or near "FORM". Then, try running your query again.',
    });
    expect(
      dialect.classifyError("(258, 'insufficient privilege: Detailed info for this error')").code,
    ).toBe('CONNECTION_DATABASE_PERMISSIONS_ERROR');
  });
});
