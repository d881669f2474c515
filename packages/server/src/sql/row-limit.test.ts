import { describe, expect, it } from 'vitest';
import { applyRowLimit, getRowLimit } from './row-limit.js';
import { engineDialect } from './testing/engine-dialect.js';

const limit = (sql: string, engine: string, rows = 1000) =>
  applyRowLimit(sql, rows, engineDialect(engine));

describe('applyRowLimit, LIMIT style (PostgreSQL, MySQL, ClickHouse)', () => {
  it.each([
    ['SELECT * FROM t', 'SELECT * FROM t\nLIMIT 1000'],
    ['SELECT * FROM t;  ', 'SELECT * FROM t\nLIMIT 1000'],
    ['SELECT a FROM t ORDER BY a DESC', 'SELECT a FROM t ORDER BY a DESC\nLIMIT 1000'],
    ['SELECT a FROM t -- why\n', 'SELECT a FROM t\nLIMIT 1000 -- why'],
    ['SELECT a FROM t /* done */;', 'SELECT a FROM t\nLIMIT 1000 /* done */'],
    ['SELECT * FROM t LIMIT 5000', 'SELECT * FROM t LIMIT 1000'],
    [
      'SELECT * FROM t ORDER BY a LIMIT 5000 OFFSET 20',
      'SELECT * FROM t ORDER BY a LIMIT 1000 OFFSET 20',
    ],
    ['SELECT * FROM t ORDER BY a OFFSET 20', 'SELECT * FROM t ORDER BY a OFFSET 20\nLIMIT 1000'],
    ['SELECT * FROM t LIMIT ALL', 'SELECT * FROM t LIMIT 1000'],
    ['SELECT * FROM t FETCH FIRST 5000 ROWS ONLY', 'SELECT * FROM t FETCH FIRST 1000 ROWS ONLY'],
    ['SELECT a FROM t UNION SELECT b FROM u', 'SELECT a FROM t UNION SELECT b FROM u\nLIMIT 1000'],
    [
      'SELECT a FROM t UNION SELECT b FROM u LIMIT 5000',
      'SELECT a FROM t UNION SELECT b FROM u LIMIT 1000',
    ],
    [
      'WITH c AS (SELECT * FROM u LIMIT 5000) SELECT * FROM c',
      'WITH c AS (SELECT * FROM u LIMIT 5000) SELECT * FROM c\nLIMIT 1000',
    ],
    [
      'SELECT * FROM (SELECT * FROM u LIMIT 5) s WHERE a IN (SELECT a FROM v LIMIT 9000)',
      'SELECT * FROM (SELECT * FROM u LIMIT 5) s WHERE a IN (SELECT a FROM v LIMIT 9000)\nLIMIT 1000',
    ],
    ["SELECT 'LIMIT 5' AS s FROM t", "SELECT 'LIMIT 5' AS s FROM t\nLIMIT 1000"],
    ['SELECT * FROM t FOR UPDATE', 'SELECT * FROM t\nLIMIT 1000\nFOR UPDATE'],
    [
      'SELECT * FROM t LIMIT $1',
      'SELECT *\nFROM (\nSELECT * FROM t LIMIT $1\n) AS inner_qry\nLIMIT 1000',
    ],
    ['SELECT 1; SELECT * FROM t', 'SELECT 1;\nSELECT * FROM t\nLIMIT 1000'],
  ])('PostgreSQL: %j', (sql, expected) => {
    expect(limit(sql, 'postgresql')).toBe(expected);
  });

  it.each([
    ['SELECT * FROM t LIMIT 5'],
    ['SELECT * FROM t LIMIT 1000;'],
    ['SELECT * FROM t FETCH NEXT 10 ROWS ONLY'],
    ['DELETE FROM t'],
    ['INSERT INTO t SELECT * FROM u'],
    ['SELECT * INTO t2 FROM t'],
    ['SHOW search_path'],
    ['EXPLAIN SELECT * FROM t'],
  ])('PostgreSQL keeps %j as it is', (sql) => {
    expect(limit(sql, 'postgresql')).toBe(sql);
  });

  it('keeps no more rows than asked for, flooring fractions', () => {
    expect(limit('SELECT * FROM t', 'postgresql', 10.9)).toBe('SELECT * FROM t\nLIMIT 10');
    expect(limit('SELECT * FROM t LIMIT 3', 'postgresql', 0)).toBe('SELECT * FROM t LIMIT 0');
  });

  it.each([
    ['SELECT * FROM t LIMIT 10, 5000', 'SELECT * FROM t LIMIT 10, 1000'],
    ['SELECT * FROM t LIMIT 10, 50', 'SELECT * FROM t LIMIT 10, 50'],
    ['SELECT * FROM t LOCK IN SHARE MODE', 'SELECT * FROM t\nLIMIT 1000\nLOCK IN SHARE MODE'],
    [
      'SELECT a, count(*) FROM t GROUP BY a WITH ROLLUP',
      'SELECT a, count(*) FROM t GROUP BY a WITH ROLLUP\nLIMIT 1000',
    ],
    ['SELECT FORMAT(a, 2) FROM t # note', 'SELECT FORMAT(a, 2) FROM t\nLIMIT 1000 # note'],
  ])('MySQL: %j', (sql, expected) => {
    expect(limit(sql, 'mysql')).toBe(expected);
  });

  it.each([
    [
      'SELECT * FROM t LIMIT 2 BY a',
      'SELECT *\nFROM (\nSELECT * FROM t LIMIT 2 BY a\n) AS inner_qry\nLIMIT 1000',
    ],
    [
      'SELECT * FROM t SETTINGS max_threads = 1',
      'SELECT * FROM t\nLIMIT 1000\nSETTINGS max_threads = 1',
    ],
    ['SELECT * FROM t FORMAT JSON', 'SELECT * FROM t\nLIMIT 1000\nFORMAT JSON'],
  ])('ClickHouse: %j', (sql, expected) => {
    expect(limit(sql, 'clickhousedb')).toBe(expected);
  });
});

describe('applyRowLimit, TOP style (SQL Server, Teradata)', () => {
  it.each([
    ['SELECT * FROM t ORDER BY a', 'SELECT TOP 1000 * FROM t ORDER BY a'],
    ['SELECT DISTINCT a FROM t;', 'SELECT DISTINCT TOP 1000 a FROM t'],
    ['SELECT TOP 5000 * FROM t', 'SELECT TOP 1000 * FROM t'],
    ['SELECT TOP (10) * FROM t', 'SELECT TOP (10) * FROM t'],
    [
      'SELECT a FROM t UNION SELECT b FROM u',
      'SELECT TOP 1000 *\nFROM (\nSELECT a FROM t UNION SELECT b FROM u\n) AS inner_qry',
    ],
    [
      'WITH c AS (SELECT a FROM t) SELECT * FROM c',
      'WITH c AS (SELECT a FROM t) SELECT TOP 1000 * FROM c',
    ],
    ['EXEC sp_who', 'EXEC sp_who'],
  ])('SQL Server: %j', (sql, expected) => {
    expect(limit(sql, 'mssql')).toBe(expected);
  });

  it('Teradata puts TOP into the SELECT', () => {
    expect(limit('SELECT * FROM t ORDER BY a', 'teradatasql')).toBe(
      'SELECT TOP 1000 * FROM t ORDER BY a',
    );
  });
});

describe('applyRowLimit, FETCH FIRST style (DB2, Oracle)', () => {
  it.each([
    ['SELECT * FROM t ORDER BY a', 'SELECT * FROM t ORDER BY a\nFETCH FIRST 1000 ROWS ONLY'],
    [
      'SELECT * FROM t OFFSET 10 ROWS',
      'SELECT * FROM t OFFSET 10 ROWS\nFETCH FIRST 1000 ROWS ONLY',
    ],
    ['SELECT * FROM t FETCH FIRST 5000 ROWS ONLY', 'SELECT * FROM t FETCH FIRST 1000 ROWS ONLY'],
    ['SELECT * FROM t FETCH FIRST 50 ROWS ONLY', 'SELECT * FROM t FETCH FIRST 50 ROWS ONLY'],
    [
      'SELECT a FROM t UNION ALL SELECT b FROM u',
      'SELECT a FROM t UNION ALL SELECT b FROM u\nFETCH FIRST 1000 ROWS ONLY',
    ],
    ['SELECT * FROM t WITH UR', 'SELECT * FROM t\nFETCH FIRST 1000 ROWS ONLY\nWITH UR'],
    [
      'WITH c AS (SELECT * FROM t FETCH FIRST 9 ROWS ONLY) SELECT * FROM c',
      'WITH c AS (SELECT * FROM t FETCH FIRST 9 ROWS ONLY) SELECT * FROM c\nFETCH FIRST 1000 ROWS ONLY',
    ],
  ])('DB2: %j', (sql, expected) => {
    expect(limit(sql, 'db2')).toBe(expected);
  });

  it('Oracle wraps with its own alias syntax', () => {
    expect(limit('SELECT * FROM t ORDER BY a;', 'oracle')).toBe(
      'SELECT *\nFROM (\nSELECT * FROM t ORDER BY a\n) inner_qry\nFETCH FIRST 1000 ROWS ONLY',
    );
  });
});

describe('applyRowLimit, engines without subqueries (Pinot, Elasticsearch)', () => {
  it('lowers or appends a trailing LIMIT', () => {
    expect(limit('SELECT * FROM t LIMIT 5000', 'pinot')).toBe('SELECT * FROM t LIMIT 1000');
    expect(limit('SELECT * FROM t', 'elasticsearch')).toBe('SELECT * FROM t\nLIMIT 1000');
  });
});

describe('getRowLimit', () => {
  it.each([
    ['SELECT * FROM t LIMIT 10', 'postgresql', 10],
    ['SELECT * FROM t LIMIT 10 OFFSET 5;', 'postgresql', 10],
    ['SELECT * FROM t LIMIT 5, 20', 'mysql', 20],
    ['SELECT * FROM t FETCH FIRST 7 ROWS ONLY', 'db2', 7],
    ['SELECT TOP 3 * FROM t', 'mssql', 3],
    ['SELECT DISTINCT TOP (4) a FROM t', 'mssql', 4],
    ['SELECT 1 LIMIT 1; SELECT * FROM t LIMIT 8', 'postgresql', 8],
    ['SELECT * FROM t', 'postgresql', null],
    ['SELECT * FROM (SELECT * FROM t LIMIT 3) s', 'postgresql', null],
    ['SELECT * FROM t LIMIT ALL', 'postgresql', null],
    ['SELECT * FROM t LIMIT $1', 'postgresql', null],
    ["SELECT 'LIMIT 4' FROM t", 'postgresql', null],
    ['SELECT TOP 10 PERCENT * FROM t', 'mssql', null],
  ])('%j on %s has limit %s', (sql, engine, expected) => {
    expect(getRowLimit(sql, engineDialect(engine))).toBe(expected);
  });

  it('reads ANSI SQL when no dialect is given', () => {
    expect(getRowLimit('SELECT * FROM "LIMIT 3" LIMIT 12')).toBe(12);
  });
});
