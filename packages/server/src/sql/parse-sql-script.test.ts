import { describe, expect, it } from 'vitest';
import { parseSqlScript } from './parse-sql-script.js';
import { engineDialect } from './testing/engine-dialect.js';

const parse = (sql: string, engine = 'postgresql') =>
  parseSqlScript(sql, engineDialect(engine)).statements;
const kinds = (sql: string, engine = 'postgresql') =>
  parse(sql, engine).map((statement) => statement.kind);
const only = (sql: string, engine = 'postgresql') => {
  const [statement] = parse(sql, engine);
  if (!statement) throw new Error('no statement');
  return statement;
};

describe('parseSqlScript: statement kinds', () => {
  it.each([
    ['SELECT 1'],
    ['WITH x AS (SELECT a FROM t) SELECT * FROM x'],
    ['SELECT a FROM t UNION ALL SELECT b FROM u ORDER BY 1'],
    ["SELECT * FROM t WHERE note LIKE '%delete from x%'"],
    ['SELECT a AS "update", b AS "into" FROM t'],
    ['-- header\nSELECT 1 /* ; DROP TABLE t */'],
  ])('reads %j as a select', (sql) => {
    expect(kinds(sql)).toEqual(['select']);
  });

  it.each([
    ['SHOW search_path', 'postgresql'],
    ['SHOW TABLES', 'mysql'],
    ['DESCRIBE t', 'mysql'],
    ['EXPLAIN SELECT * FROM t', 'postgresql'],
    ['EXPLAIN (ANALYZE, FORMAT JSON) SELECT * FROM t', 'postgresql'],
    ['EXPLAIN FORMAT=JSON SELECT * FROM t', 'mysql'],
  ])('reads %j (%s) as read-only', (sql, engine) => {
    expect(kinds(sql, engine)).toEqual(['readOnly']);
  });

  it.each([
    ['INSERT INTO t VALUES (1)', 'is an INSERT statement'],
    ['UPDATE t SET a = 1', 'is an UPDATE statement'],
    ['DELETE FROM t', 'is a DELETE statement'],
    ['DROP TABLE t', 'is a DROP statement'],
    ['TRUNCATE t', 'is a TRUNCATE statement'],
    ['GRANT ALL ON t TO u', 'is a GRANT statement'],
    ['SET search_path = x', 'is a SET statement'],
    ['BEGIN', 'is a TRANSACTION statement'],
    ['CALL p()', 'is a CALL statement'],
    ['SELECT a INTO new_t FROM t', 'writes its rows into a table, a variable or a file (INTO)'],
    [
      "SELECT set_config('role', 'admin', false)",
      'calls set_config(), which can change data or run other SQL',
    ],
    ['EXPLAIN ANALYZE DELETE FROM t', 'explains a statement that is a DELETE statement'],
  ])('reads %j as mutating because it %s', (sql, reason) => {
    expect(only(sql)).toMatchObject({ kind: 'mutating', reason });
  });

  it('reads MySQL locking reads, SELECT INTO OUTFILE and USE as mutating', () => {
    expect(kinds('SELECT * FROM t LOCK IN SHARE MODE', 'mysql')).toEqual(['mutating']);
    expect(kinds("SELECT a INTO OUTFILE '/tmp/a' FROM t", 'mysql')).toEqual(['mutating']);
    expect(kinds('SELECT a INTO @v FROM t', 'mysql')).toEqual(['mutating']);
    expect(kinds('USE other_db', 'mysql')).toEqual(['mutating']);
  });

  it('counts what does not parse as unparsed, with the line and column in the script', () => {
    const [first, second] = parse('SELECT 1;\nSELEC * FROM t');
    expect(first?.kind).toBe('select');
    expect(second).toMatchObject({
      number: 2,
      kind: 'unparsed',
      parseError: { line: 2, column: 7, message: 'Syntax error near "*" at line 2, column 7' },
    });
  });

  it('classifies each statement of a script in order', () => {
    expect(kinds('SELECT 1; DELETE FROM t; SELECT 2; SELEC')).toEqual([
      'select',
      'mutating',
      'select',
      'unparsed',
    ]);
  });
});

describe('parseSqlScript: referenced tables', () => {
  const tables = (sql: string, engine = 'postgresql') => only(sql, engine).tables;

  it('lists qualified tables from joins, subqueries and set operations', () => {
    expect(
      tables(
        'SELECT * FROM a JOIN s.b ON a.id = b.id WHERE a.x IN (SELECT x FROM c.s.d) UNION SELECT * FROM e',
      ),
    ).toEqual(
      expect.arrayContaining([
        { table: 'a', schema: null, catalog: null },
        { table: 'b', schema: 's', catalog: null },
        { table: 'd', schema: 's', catalog: 'c' },
        { table: 'e', schema: null, catalog: null },
      ]),
    );
  });

  it('leaves out CTE names but keeps a real table a CTE shadows inside its own body', () => {
    expect(tables('WITH x AS (SELECT * FROM x) SELECT * FROM x')).toEqual([
      { table: 'x', schema: null, catalog: null },
    ]);
    expect(tables('WITH x AS (SELECT * FROM secret) SELECT * FROM x')).toEqual([
      { table: 'secret', schema: null, catalog: null },
    ]);
    expect(tables('WITH x AS (SELECT 1) SELECT * FROM public.x')).toEqual([
      { table: 'x', schema: 'public', catalog: null },
    ]);
  });

  it.each(['mysql', 'bigquery', 'snowflake', 'trino', 'mssql', 'hive'])(
    'keeps the shadowed real table on %s too',
    (engine) => {
      expect(tables('WITH x AS (SELECT a FROM x) SELECT * FROM x', engine)).toEqual([
        { table: 'x', schema: null, catalog: null },
      ]);
    },
  );

  it('lets later CTEs and recursive CTEs see the right names', () => {
    expect(tables('WITH a AS (SELECT * FROM b), b AS (SELECT * FROM a) SELECT * FROM b')).toEqual([
      { table: 'b', schema: null, catalog: null },
    ]);
    expect(
      tables(
        'WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r WHERE n < 3) SELECT * FROM r',
      ),
    ).toEqual([]);
  });

  it('scopes a CTE defined in a subquery to that subquery', () => {
    expect(tables('SELECT * FROM (WITH q AS (SELECT 1 FROM z) SELECT * FROM q) s, q')).toEqual(
      expect.arrayContaining([
        { table: 'z', schema: null, catalog: null },
        { table: 'q', schema: null, catalog: null },
      ]),
    );
  });

  it('splits BigQuery project.dataset.table quoted as one name', () => {
    expect(tables('SELECT * FROM `proj.ds.tbl`', 'bigquery')).toEqual([
      { table: 'tbl', schema: 'ds', catalog: 'proj' },
    ]);
  });

  it('refuses to resolve SQL Server linked-server names', () => {
    expect(only('SELECT * FROM [srv].[db].[dbo].[t]', 'mssql')).toMatchObject({
      kind: 'unparsed',
      tables: [],
    });
  });

  it('lists names called like functions, for denylists', () => {
    expect(
      only('SELECT pg_catalog.version(), "LOWER"(a), count(*) FROM t WHERE a IN (1)').functions,
    ).toEqual(['version', 'lower', 'count']);
  });
});

describe('parseSqlScript: engines without a grammar', () => {
  it('parses plain SQL with a generic grammar', () => {
    expect(only('SELECT a FROM sch.t WHERE b = 1', 'oracle')).toMatchObject({
      kind: 'select',
      tables: [{ table: 't', schema: 'sch', catalog: null }],
    });
  });

  it.each([
    ["SELECT 'a\\'; DROP TABLE t; --' FROM dual"],
    ['SELECT $$a$$ FROM dual'],
    ["SELECT q'[it's]' FROM dual"],
  ])('counts %j as unparsed, since the engine may read its quotes differently', (sql) => {
    expect(only(sql, 'oracle').kind).toBe('unparsed');
  });
});
