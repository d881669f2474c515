import { GenericDataType } from '@superset-ts/shared';
import { describe, expect, it } from 'vitest';
import { ORACLE_DIALECT as dialect } from './oracle.dialect.js';

const moment = new Date(Date.UTC(2019, 0, 2, 3, 4, 5, 678));

describe('Oracle dialect (golden SQL)', () => {
  it('truncates with TRUNC over a DATE cast', () => {
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
    expect(dialect.timeGrainExpression('"TS"', 'PT1S')).toBe('CAST("TS" as DATE)');
    expect(dialect.timeGrainExpression('"TS"', 'P1D')).toBe(`TRUNC(CAST("TS" as DATE), 'DDD')`);
    expect(dialect.timeGrainExpression('"TS"', 'P1W')).toBe(`TRUNC(CAST("TS" as DATE), 'WW')`);
    expect(dialect.timeGrainExpression('"TS"', 'P3M')).toBe(`TRUNC(CAST("TS" as DATE), 'Q')`);
  });

  it('writes TO_DATE / TO_TIMESTAMP literals and day-fraction epochs', () => {
    expect(dialect.convertDttm('DATE', moment)).toBe("TO_DATE('2019-01-02', 'YYYY-MM-DD')");
    expect(dialect.convertDttm('TIMESTAMP(6) WITH TIME ZONE', moment)).toBe(
      `TO_TIMESTAMP('2019-01-02T03:04:05.678000', 'YYYY-MM-DD"T"HH24:MI:SS.ff6')`,
    );
    expect(dialect.convertDttm('DATETIME', moment)).toBe(
      `TO_DATE('2019-01-02T03:04:05', 'YYYY-MM-DD"T"HH24:MI:SS')`,
    );
    expect(dialect.convertDttm('VARCHAR2(10)', moment)).toBeNull();
    expect(dialect.epochExpression('"T"', 'epoch_s')).toBe(
      `TO_DATE('1970-01-01','YYYY-MM-DD')+(1/24/60/60)*"T"`,
    );
    expect(dialect.epochExpression('"T"', 'epoch_ms')).toBe(
      `TO_DATE('1970-01-01','YYYY-MM-DD')+(1/24/60/60/1000)*"T"`,
    );
  });

  it('quotes names and limits with FETCH FIRST, aliasing the subquery without AS', () => {
    expect(dialect.quoteTable({ schema: 'HR', table: 'EMP"S' })).toBe('"HR"."EMP""S"');
    expect(dialect.selectStar({ schema: 'HR', table: 'EMP' }, 20)).toBe(
      'SELECT *\nFROM "HR"."EMP"\nFETCH FIRST 20 ROWS ONLY',
    );
    const limited = dialect.limitQuery('SELECT * FROM emp ORDER BY sal DESC;', 10);
    expect(limited).toBe(
      'SELECT *\nFROM (\nSELECT * FROM emp ORDER BY sal DESC\n) inner_qry\nFETCH FIRST 10 ROWS ONLY',
    );
    expect(limited).not.toMatch(/\)\s+AS\s/i);
  });

  it('maps Oracle types, leaving LONG RAW unmapped', () => {
    expect(dialect.genericType('NUMBER(10,2)')).toBe(GenericDataType.NUMERIC);
    expect(dialect.genericType('BINARY_DOUBLE')).toBe(GenericDataType.NUMERIC);
    expect(dialect.genericType('VARCHAR2(20)')).toBe(GenericDataType.STRING);
    expect(dialect.genericType('CLOB')).toBe(GenericDataType.STRING);
    expect(dialect.genericType('LONG')).toBe(GenericDataType.STRING);
    expect(dialect.genericType('LONG RAW')).toBeNull();
    expect(dialect.genericType('TIMESTAMP(6)')).toBe(GenericDataType.TEMPORAL);
  });

  it('classifies ORA- messages', () => {
    expect(dialect.classifyError('ORA-01017: invalid username/password; logon denied').code).toBe(
      'CONNECTION_ACCESS_DENIED_ERROR',
    );
    expect(
      dialect.classifyError('ORA-12514: TNS:listener does not currently know of service').code,
    ).toBe('CONNECTION_UNKNOWN_DATABASE_ERROR');
    expect(
      dialect.classifyError('ORA-00942: table or view "HR"."NOPE" does not exist'),
    ).toMatchObject({
      code: 'TABLE_DOES_NOT_EXIST_ERROR',
      message:
        'The table "HR"."NOPE" does not exist. A valid table must be used to run this query.',
    });
    expect(dialect.classifyError('ORA-00942: table or view does not exist').message).toMatch(
      /^A table or view in the query does not exist/,
    );
    expect(dialect.classifyError('ORA-00904: "FOO": invalid identifier')).toMatchObject({
      code: 'COLUMN_DOES_NOT_EXIST_ERROR',
      message: `We can't seem to resolve the column "FOO".`,
    });
    expect(dialect.classifyError('ORA-00933: SQL command not properly ended').code).toBe(
      'SYNTAX_ERROR',
    );
    expect(dialect.classifyError('ORA-01031: insufficient privileges').code).toBe(
      'CONNECTION_DATABASE_PERMISSIONS_ERROR',
    );
    expect(
      dialect.classifyError('ORA-01013: user requested cancel of current operation').code,
    ).toBe('QUERY_CANCELLED_ERROR');
  });
});
