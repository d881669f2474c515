import { describe, expect, it } from 'vitest';
import { sqlFamilyOf } from './sql-family.js';
import { booleanLiteral, stringLiteral, valueLiteral } from './sql-literal.js';
import { dialectOf } from './test-support/query-fixtures.js';

const HOSTILE = `it's a \\' trap\\`;

describe('stringLiteral', () => {
  it.each(['postgresql', 'sqlite', 'duckdb', 'mssql', 'oracle', 'trino'])(
    'doubles quotes and keeps backslashes on %s',
    (engine) => {
      expect(stringLiteral(HOSTILE, sqlFamilyOf(dialectOf(engine)))).toBe(`'it''s a \\'' trap\\'`);
    },
  );

  it.each(['mysql', 'mariadb', 'clickhousedb', 'bigquery', 'hive', 'sparksql', 'snowflake'])(
    'doubles quotes and backslashes on %s, where a backslash escapes',
    (engine) => {
      expect(stringLiteral(HOSTILE, sqlFamilyOf(dialectOf(engine)))).toBe(
        `'it''s a \\\\'' trap\\\\'`,
      );
    },
  );
});

describe('valueLiteral and booleanLiteral', () => {
  it('writes numbers as numbers, NULL, and booleans per family', () => {
    const postgres = sqlFamilyOf(dialectOf('postgresql'));
    const mssql = sqlFamilyOf(dialectOf('mssql'));
    expect(valueLiteral(42.5, postgres)).toBe('42.5');
    expect(valueLiteral(null, postgres)).toBe('NULL');
    expect(booleanLiteral(true, postgres)).toBe('TRUE');
    expect(booleanLiteral(false, mssql)).toBe('0');
    expect(() => valueLiteral(Number.NaN, postgres)).toThrow(/finite/);
  });
});
