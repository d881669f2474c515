import { describe, expect, it } from 'vitest';
import { DUCKDB_DIALECT as dialect } from './duckdb.dialect.js';

describe('DuckDB dialect (golden SQL)', () => {
  it('truncates with DATE_TRUNC to every grain Superset offers for DuckDB', () => {
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
    expect(dialect.timeGrainExpression('"ds"', 'PT1S')).toBe(`DATE_TRUNC('second', "ds")`);
    expect(dialect.timeGrainExpression('"ds"', 'P1W')).toBe(`DATE_TRUNC('week', "ds")`);
    expect(dialect.timeGrainExpression('"ds"', 'P3M')).toBe(`DATE_TRUNC('quarter', "ds")`);
    expect(dialect.timeGrainExpression('"ds"', 'P1Y')).toBe(`DATE_TRUNC('year', "ds")`);
    expect(() => dialect.timeGrainExpression('"ds"', 'PT5M')).toThrow(/no time grain PT5M/);
  });

  it("converts epochs with DuckDB's functions and moments to timestamp text", () => {
    expect(dialect.epochExpression('"ts"', 'epoch_s')).toBe('to_timestamp("ts")');
    expect(dialect.epochExpression('"ts"', 'epoch_ms')).toBe('epoch_ms("ts")');
    const moment = new Date(Date.UTC(2019, 0, 2, 3, 4, 5, 678));
    for (const type of ['TIMESTAMP', 'TIMESTAMP WITH TIME ZONE', 'DATETIME', 'VARCHAR', 'TEXT']) {
      expect([type, dialect.convertDttm(type, moment)]).toEqual([
        type,
        `'2019-01-02 03:04:05.678000'`,
      ]);
    }
    // As Superset: no literal for DATE, nor for non-temporal types.
    expect(dialect.convertDttm('DATE', moment)).toBeNull();
    expect(dialect.convertDttm('INTEGER', moment)).toBeNull();
  });

  it('quotes identifiers and limits by wrapping', () => {
    expect(dialect.quoteTable({ table: 'a"b', schema: 'main' })).toBe('"main"."a""b"');
    expect(dialect.limitQuery('FROM t', 3)).toBe(
      'SELECT *\nFROM (\nFROM t\n) AS inner_qry\nLIMIT 3',
    );
    expect(dialect.selectStar({ table: 't', schema: 's' }, 7)).toBe(
      'SELECT *\nFROM "s"."t"\nLIMIT 7',
    );
  });

  it("maps DuckDB's types, HUGEINT and lists included", () => {
    expect(dialect.genericType('HUGEINT')).toBe(0);
    expect(dialect.genericType('UBIGINT')).toBe(0);
    expect(dialect.genericType('DECIMAL(18,3)')).toBe(0);
    expect(dialect.genericType('TIMESTAMP WITH TIME ZONE')).toBe(2);
    expect(dialect.genericType('TIMESTAMP_NS')).toBe(2);
    expect(dialect.genericType('DATE')).toBe(2);
    expect(dialect.genericType('INTEGER[]')).toBe(1);
    expect(dialect.genericType('STRUCT("x" INTEGER)')).toBe(1);
    expect(dialect.genericType('VARCHAR')).toBe(1);
    expect(dialect.genericType('BOOLEAN')).toBe(3);
  });

  it('classifies the messages DuckDB produces', () => {
    expect(
      dialect.classifyError('Binder Error: Referenced column "nope" not found in FROM clause!'),
    ).toMatchObject({
      code: 'COLUMN_DOES_NOT_EXIST_ERROR',
      message: 'We can\'t seem to resolve the column "nope".',
    });
    expect(dialect.classifyError('no such column: x').code).toBe('COLUMN_DOES_NOT_EXIST_ERROR');
    expect(
      dialect.classifyError('Catalog Error: Table with name t2 does not exist!'),
    ).toMatchObject({
      code: 'TABLE_DOES_NOT_EXIST_ERROR',
      message: 'The table "t2" does not exist. A valid table must be used to run this query.',
    });
    expect(
      dialect.classifyError(
        'Catalog Error: Table with name "nope.t" does not exist because schema "nope" does not exist.',
      ),
    ).toMatchObject({
      code: 'SCHEMA_DOES_NOT_EXIST_ERROR',
      message: expect.stringContaining('"nope"') as string,
    });
    expect(dialect.classifyError('Parser Error: syntax error at or near "selec"')).toMatchObject({
      code: 'SYNTAX_ERROR',
      message:
        'Please check your query for syntax errors at or near "selec". Then, try running your query again.',
    });
    expect(
      dialect.classifyError(
        'IO Error: Cannot open database "/data/x.duckdb" in read-only mode: database does not exist',
      ),
    ).toMatchObject({
      code: 'CONNECTION_UNKNOWN_DATABASE_ERROR',
      message: 'Unable to open the DuckDB database: the file "/data/x.duckdb" does not exist.',
    });
    expect(
      dialect.classifyError(
        'Invalid Input Error: Cannot execute statement of type "DELETE" on database "x" which is attached in read-only mode!',
      ),
    ).toMatchObject({
      code: 'CONNECTION_DATABASE_PERMISSIONS_ERROR',
      message: 'This database is read-only here: a DELETE statement would change it.',
    });
    for (const message of [
      'Permission Error: Cannot access file "/etc/passwd" - file system operations are disabled by configuration',
      'Invalid Input Error: Cannot change configuration option "enable_external_access" - the configuration has been locked',
      'Permission Error: Loading external extensions is disabled through configuration',
    ]) {
      expect(dialect.classifyError(message).code).toBe('CONNECTION_DATABASE_PERMISSIONS_ERROR');
    }
    expect(
      dialect.classifyError(
        'IO Error: Could not set lock on file "/data/x.duckdb": Conflicting lock',
      ),
    ).toMatchObject({ code: 'CONNECTION_FAILED' });
  });
});
