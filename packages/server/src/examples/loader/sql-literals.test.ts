import { describe, expect, it } from 'vitest';
import { examplesBackendOf, sqlTypeOf } from './column-types.js';
import { sqlLiteral } from './sql-literals.js';

const MIDNIGHT = new Date(Date.UTC(2024, 1, 29));
const INSTANT = new Date(Date.UTC(2024, 1, 29, 13, 5, 9, 250));

describe('example cells as SQL literals', () => {
  it('quotes text for each engine, escaping backslashes on MySQL only', () => {
    expect(sqlLiteral('postgresql', "it's a\\b", 'VARCHAR')).toBe("'it''s a\\b'");
    expect(sqlLiteral('duckdb', "it's", 'TEXT')).toBe("'it''s'");
    expect(sqlLiteral('mysql', "it's a\\b", 'VARCHAR')).toBe("'it''s a\\\\b'");
  });

  it('writes dates and timestamps as ISO literals in UTC', () => {
    expect(sqlLiteral('postgresql', MIDNIGHT, 'DATE')).toBe("DATE '2024-02-29'");
    expect(sqlLiteral('duckdb', MIDNIGHT, 'TIMESTAMP')).toBe("TIMESTAMP '2024-02-29 00:00:00'");
    expect(sqlLiteral('mysql', INSTANT, 'TIMESTAMP')).toBe("TIMESTAMP '2024-02-29 13:05:09.250'");
    expect(sqlLiteral('sqlite', INSTANT, 'TIMESTAMP')).toBe("'2024-02-29 13:05:09.250'");
  });

  it('writes NULL, booleans and numbers, and refuses numbers that are not finite', () => {
    expect(sqlLiteral('duckdb', null, 'INTEGER')).toBe('NULL');
    expect(sqlLiteral('postgresql', true, 'BOOLEAN')).toBe('TRUE');
    expect(sqlLiteral('sqlite', false, 'BOOLEAN')).toBe('0');
    expect(sqlLiteral('mysql', -12.5, 'DOUBLE')).toBe('-12.5');
    expect(() => sqlLiteral('duckdb', Number.NaN, 'DOUBLE')).toThrow(/NaN cannot be stored/);
  });
});

describe('example column types', () => {
  it("maps each portable type to the engine's own", () => {
    expect(sqlTypeOf('postgresql', 'DOUBLE')).toBe('DOUBLE PRECISION');
    expect(sqlTypeOf('mysql', 'TIMESTAMP')).toBe('DATETIME(3)');
    expect(sqlTypeOf('duckdb', 'TEXT')).toBe('VARCHAR');
    expect(examplesBackendOf('mariadb', 'MariaDB')).toBe('mysql');
  });

  it('refuses an engine the examples cannot load into, naming the supported ones', () => {
    expect(() => examplesBackendOf('clickhouse', 'ClickHouse')).toThrow(
      'The examples cannot be loaded into ClickHouse: SQLALCHEMY_EXAMPLES_URI must point to DuckDB, PostgreSQL, MySQL/MariaDB or SQLite.',
    );
  });
});
