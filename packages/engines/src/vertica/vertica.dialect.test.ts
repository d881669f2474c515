import { GenericDataType } from '@superset-ts/shared';
import { describe, expect, it } from 'vitest';
import { VERTICA_DIALECT as dialect } from './vertica.dialect.js';

const moment = new Date(Date.UTC(2019, 0, 2, 3, 4, 5, 678));

describe('Vertica dialect (golden SQL)', () => {
  it("truncates with PostgreSQL's DATE_TRUNC grains, as Superset's Vertica spec inherits", () => {
    expect(dialect.timeGrains()).toEqual([
      'PT1S',
      'PT5S',
      'PT30S',
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
    expect(dialect.timeGrainExpression('"ds"', 'P1W')).toBe(`DATE_TRUNC('week', "ds")`);
    expect(dialect.timeGrainExpression('"ds"', 'PT15M')).toBe(
      `DATE_TRUNC('hour', "ds") + INTERVAL '15 minutes' * FLOOR(EXTRACT(MINUTE FROM "ds") / 15)`,
    );
  });

  it('converts epochs and moments to literals', () => {
    expect(dialect.epochExpression('"ts"', 'epoch_s')).toBe(
      `(timestamp 'epoch' + "ts" * interval '1 second')`,
    );
    expect(dialect.convertDttm('DATE', moment)).toBe(`TO_DATE('2019-01-02', 'YYYY-MM-DD')`);
    expect(dialect.convertDttm('TIMESTAMPTZ', moment)).toBe(
      `TO_TIMESTAMP('2019-01-02 03:04:05.678000', 'YYYY-MM-DD HH24:MI:SS.US')`,
    );
    expect(dialect.convertDttm('VARCHAR', moment)).toBeNull();
  });

  it('quotes with double quotes, limits by wrapping and knows Vertica types', () => {
    expect(dialect.quoteTable({ table: 'store"sales', schema: 'public' })).toBe(
      '"public"."store""sales"',
    );
    expect(dialect.limitQuery('SELECT 1', 2)).toBe(
      'SELECT *\nFROM (\nSELECT 1\n) AS inner_qry\nLIMIT 2',
    );
    expect(dialect.maxColumnNameLength).toBe(128);
    expect(dialect.genericType('Long Varchar(1048576)')).toBe(GenericDataType.STRING);
    expect(dialect.genericType('uuid')).toBe(GenericDataType.STRING);
    expect(dialect.genericType('float8')).toBe(GenericDataType.NUMERIC);
    expect(dialect.genericType('TimestampTz')).toBe(GenericDataType.TEMPORAL);
  });

  it('classifies the messages Vertica produces', () => {
    expect(dialect.classifyError('FATAL 3781: Invalid username or password').code).toBe(
      'CONNECTION_ACCESS_DENIED_ERROR',
    );
    expect(dialect.classifyError('FATAL 5460: Database "vmart" does not exist')).toMatchObject({
      code: 'CONNECTION_UNKNOWN_DATABASE_ERROR',
      message: 'Unable to connect to database "vmart": it does not exist.',
    });
    expect(dialect.classifyError('ERROR 4566: Relation "public.nope" does not exist').message).toBe(
      'The table "public.nope" does not exist. A valid table must be used to run this query.',
    );
    expect(dialect.classifyError('ERROR 2624: Column "colx" does not exist').code).toBe(
      'COLUMN_DOES_NOT_EXIST_ERROR',
    );
    expect(dialect.classifyError('ERROR 4650: Schema "sales" does not exist').code).toBe(
      'SCHEMA_DOES_NOT_EXIST_ERROR',
    );
    expect(dialect.classifyError('ERROR 4856: Syntax error at or near "FORM"')).toMatchObject({
      code: 'SYNTAX_ERROR',
      message:
        'Please check your query for syntax errors at or near "FORM". Then, try running your query again.',
    });
    expect(dialect.classifyError('ERROR 4367: Permission denied for schema sales').message).toBe(
      'The database user may not read "sales". Ask its owner for access.',
    );
  });
});
