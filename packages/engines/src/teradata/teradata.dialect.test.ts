import { GenericDataType } from '@superset-ts/shared';
import { describe, expect, it } from 'vitest';
import { TERADATA_DIALECT as dialect } from './teradata.dialect.js';

const moment = new Date(Date.UTC(2019, 0, 2, 3, 4, 5, 678));

describe('Teradata dialect (golden SQL)', () => {
  it('truncates with TRUNC over a DATE cast to every grain Superset has for Teradata', () => {
    expect(dialect.timeGrains()).toEqual(['PT1M', 'PT1H', 'P1D', 'P1W', 'P1M', 'P3M', 'P1Y']);
    expect(dialect.timeGrainExpression('"ds"', 'PT1H')).toBe(`TRUNC(CAST("ds" as DATE), 'HH')`);
    expect(dialect.timeGrainExpression('"ds"', 'P1D')).toBe(`TRUNC(CAST("ds" as DATE), 'DDD')`);
    expect(dialect.timeGrainExpression('"ds"', 'P3M')).toBe(`TRUNC(CAST("ds" as DATE), 'Q')`);
    expect(dialect.timeGrainExpression('"ds"', 'P1Y')).toBe(`TRUNC(CAST("ds" as DATE), 'YEAR')`);
  });

  it('converts epochs and moments to Teradata literals', () => {
    expect(dialect.epochExpression('"ts"', 'epoch_s')).toBe(
      `CAST(((CAST(DATE '1970-01-01' + ("ts" / 86400) AS TIMESTAMP(0) AT 0)) AT 0) + (("ts" MOD 86400) * INTERVAL '00:00:01' HOUR TO SECOND) AS TIMESTAMP(0))`,
    );
    expect(dialect.convertDttm('DATE', moment)).toBe("DATE '2019-01-02'");
    expect(dialect.convertDttm('TIMESTAMP(6)', moment)).toBe(
      "TIMESTAMP '2019-01-02 03:04:05.678000'",
    );
    expect(dialect.convertDttm('VARCHAR(10)', moment)).toBeNull();
  });

  it('limits with TOP inside the first SELECT, since derived tables may not hold ORDER BY', () => {
    expect(dialect.limitQuery('SELECT a FROM t ORDER BY a;', 10)).toBe(
      'SELECT TOP 10 a FROM t ORDER BY a',
    );
    expect(dialect.limitQuery('sel a from t', 10)).toBe('sel TOP 10 a from t');
    expect(dialect.limitQuery('SELECT TOP 5 a FROM t', 10)).toBe('SELECT TOP 5 a FROM t');
    expect(dialect.limitQuery('SELECT TOP 500 a FROM t', 10)).toBe('SELECT TOP 10 a FROM t');
    expect(dialect.limitQuery('SELECT DISTINCT a FROM t', 10)).toBe(
      'SELECT TOP 10 *\nFROM (\nSELECT DISTINCT a FROM t\n) AS inner_qry',
    );
    expect(dialect.limitQuery('WITH c AS (SELECT 1 AS x) SELECT x FROM c', 3)).toBe(
      'SELECT TOP 3 *\nFROM (\nWITH c AS (SELECT 1 AS x) SELECT x FROM c\n) AS inner_qry',
    );
    expect(dialect.limitQuery('SELECT a FROM t SAMPLE 100', 3)).toBe(
      'SELECT TOP 3 *\nFROM (\nSELECT a FROM t SAMPLE 100\n) AS inner_qry',
    );
    expect(dialect.selectStar({ table: 'orders', schema: 'retail' }, 20)).toBe(
      'SELECT TOP 20 *\nFROM "retail"."orders"',
    );
  });

  it('quotes with double quotes and maps Teradata types', () => {
    expect(dialect.quoteTable({ table: 'a"b', schema: 'retail' })).toBe('"retail"."a""b"');
    expect(dialect.maxColumnNameLength).toBe(30);
    expect(dialect.genericType('BYTEINT')).toBe(GenericDataType.NUMERIC);
    expect(dialect.genericType('NUMBER(10,2)')).toBe(GenericDataType.NUMERIC);
    expect(dialect.genericType('PERIOD(DATE)')).toBe(GenericDataType.STRING);
    expect(dialect.genericType('CLOB')).toBe(GenericDataType.STRING);
  });

  it('classifies the [Error nnnn] messages Teradata produces', () => {
    expect(
      dialect.classifyError('[Error 8017] The UserId, Password or Account is invalid.').code,
    ).toBe('CONNECTION_ACCESS_DENIED_ERROR');
    expect(dialect.classifyError("[Error 3802] Database 'retail' does not exist.")).toMatchObject({
      code: 'SCHEMA_DOES_NOT_EXIST_ERROR',
      message:
        'The database "retail" does not exist. A valid database must be used to run this query.',
    });
    expect(dialect.classifyError("[Error 3807] Object 'nope' does not exist.").message).toBe(
      'The table "nope" does not exist. A valid table must be used to run this query.',
    );
    expect(dialect.classifyError('[Error 5628] Column colx not found in t.').message).toBe(
      'We can\'t seem to resolve the column "colx".',
    );
    expect(
      dialect.classifyError(
        "[Error 3706] Syntax error: expected something between the 'SELECT' keyword and the 'FROM' keyword.",
      ).message,
    ).toBe(
      "Please check your query for syntax errors: expected something between the 'SELECT' keyword and the 'FROM' keyword.",
    );
    expect(
      dialect.classifyError('[Error 3523] The user does not have SELECT access to hr.pay.'),
    ).toMatchObject({
      code: 'CONNECTION_DATABASE_PERMISSIONS_ERROR',
      message:
        'The database user lacks a privilege this query needs: The user does not have SELECT access to hr.pay.',
    });
  });
});
