import { GenericDataType } from '@superset-ts/shared';
import { describe, expect, it } from 'vitest';
import { EXASOL_DIALECT as dialect } from './exasol.dialect.js';

const moment = new Date(Date.UTC(2019, 0, 2, 3, 4, 5, 678));

describe('Exasol dialect (golden SQL)', () => {
  it('truncates with DATE_TRUNC to every grain Superset has for Exasol', () => {
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
    expect(dialect.timeGrainExpression('"DS"', 'PT1S')).toBe(`DATE_TRUNC('second', "DS")`);
    expect(dialect.timeGrainExpression('"DS"', 'P3M')).toBe(`DATE_TRUNC('quarter', "DS")`);
  });

  it('converts epochs and moments to Exasol literals', () => {
    expect(dialect.epochExpression('"TS"', 'epoch_s')).toBe('FROM_POSIX_TIME("TS")');
    expect(dialect.epochExpression('"TS"', 'epoch_ms')).toBe('FROM_POSIX_TIME(("TS"/1000))');
    expect(dialect.convertDttm('DATE', moment)).toBe("DATE '2019-01-02'");
    expect(dialect.convertDttm('TIMESTAMP WITH LOCAL TIME ZONE', moment)).toBe(
      "TIMESTAMP '2019-01-02 03:04:05.678'",
    );
    expect(dialect.convertDttm('VARCHAR(100) UTF8', moment)).toBeNull();
  });

  it('quotes with double quotes, limits by wrapping and maps Exasol types', () => {
    expect(dialect.quoteTable({ table: 'SALES', schema: 'RETAIL' })).toBe('"RETAIL"."SALES"');
    expect(dialect.limitQuery('SELECT 1', 4)).toBe(
      'SELECT *\nFROM (\nSELECT 1\n) AS inner_qry\nLIMIT 4',
    );
    expect(dialect.maxColumnNameLength).toBe(128);
    expect(dialect.genericType('VARCHAR(2000000) UTF8')).toBe(GenericDataType.STRING);
    expect(dialect.genericType('HASHTYPE(16 BYTE)')).toBe(GenericDataType.STRING);
    expect(dialect.genericType('DECIMAL(18,0)')).toBe(GenericDataType.NUMERIC);
  });

  it("keeps Exasol's own diagnostic, as Superset does", () => {
    expect(
      dialect.classifyError('[Exasol][Exasol driver]Connection exception - authentication failed.')
        .code,
    ).toBe('CONNECTION_ACCESS_DENIED_ERROR');
    expect(
      dialect.classifyError(
        'syntax error, unexpected FROM_ [line 1, column 8] (Session: 1)\nquery => SELECT FROM',
      ),
    ).toMatchObject({
      code: 'SYNTAX_ERROR',
      message: 'syntax error, unexpected FROM_ [line 1, column 8] (Session: 1)',
    });
    expect(dialect.classifyError('object RETAIL.NOPE not found [line 1, column 15]').code).toBe(
      'GENERIC_DB_ENGINE_ERROR',
    );
    expect(
      dialect.classifyError('table RETAIL.NOPE does not exist [line 1, column 15]'),
    ).toMatchObject({
      code: 'TABLE_DOES_NOT_EXIST_ERROR',
      message: 'table RETAIL.NOPE does not exist [line 1, column 15]',
    });
    expect(
      dialect.classifyError('column "COLX" not found [line 1, column 8] (Session: 1)'),
    ).toMatchObject({
      code: 'COLUMN_DOES_NOT_EXIST_ERROR',
      message: 'column "COLX" not found [line 1, column 8] (Session: 1)',
    });
    expect(dialect.classifyError('object COLUMN not found').code).toBe('GENERIC_DB_ENGINE_ERROR');
    expect(dialect.classifyError('insufficient privileges for SELECT on table SALES').code).toBe(
      'CONNECTION_DATABASE_PERMISSIONS_ERROR',
    );
  });
});
