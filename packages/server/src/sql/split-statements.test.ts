import { describe, expect, it } from 'vitest';
import { lexicalRulesFor } from './lexical-rules.js';
import { splitStatements } from './split-statements.js';
import { engineDialect } from './testing/engine-dialect.js';

const split = (sql: string, engine = 'postgresql') =>
  splitStatements(sql, lexicalRulesFor(engineDialect(engine))).map((statement) => statement.sql);

describe('splitStatements', () => {
  it('splits at semicolons and drops empty pieces and trailing comments', () => {
    expect(split('SELECT 1;\n\n SELECT 2 ;;\n-- the end\n')).toEqual(['SELECT 1', 'SELECT 2']);
  });

  it('keeps semicolons inside strings, quoted names and comments', () => {
    expect(split(`SELECT 'a;b', "c;d" /* e; */ -- f;\nFROM t; SELECT 'it''s;'`)).toEqual([
      `SELECT 'a;b', "c;d" /* e; */ -- f;\nFROM t`,
      `SELECT 'it''s;'`,
    ]);
  });

  it('keeps PostgreSQL dollar-quoted bodies whole', () => {
    expect(split('DO $$ BEGIN DELETE FROM t; END $$; SELECT $fn$ ; $fn$')).toEqual([
      'DO $$ BEGIN DELETE FROM t; END $$',
      'SELECT $fn$ ; $fn$',
    ]);
  });

  it('follows the engine on backslash escapes', () => {
    const sql = "SELECT 'a\\'; DROP TABLE t; --'";
    expect(split(sql, 'mysql')).toEqual([sql]);
    expect(split(sql, 'postgresql')).toEqual(["SELECT 'a\\'", 'DROP TABLE t']);
    expect(split("SELECT E'a\\'; b'; SELECT 2")).toEqual(["SELECT E'a\\'; b'", 'SELECT 2']);
  });

  it('reads MySQL comments as MySQL does', () => {
    expect(split('SELECT 1 # ; hidden\n; SELECT 2', 'mysql')).toEqual([
      'SELECT 1 # ; hidden',
      'SELECT 2',
    ]);
    // `--1` is "minus minus one" in MySQL, so the semicolon after it is code.
    expect(split('SELECT 1 --1; DROP TABLE t', 'mysql')).toEqual(['SELECT 1 --1', 'DROP TABLE t']);
    expect(split('SELECT 1 --1; DROP TABLE t', 'postgresql')).toEqual([
      'SELECT 1 --1; DROP TABLE t',
    ]);
  });

  it('keeps a MySQL executable comment as a statement of its own', () => {
    expect(split('SELECT 1; /*!50000 DROP TABLE t */', 'mysql')).toEqual([
      'SELECT 1',
      '/*!50000 DROP TABLE t */',
    ]);
  });

  it('ends block comments at the first */ so nesting never hides code', () => {
    expect(split('/* /* */ DROP TABLE t; */ SELECT 1')).toEqual([
      '/* /* */ DROP TABLE t',
      '*/ SELECT 1',
    ]);
  });

  it('knows bracket quoting in SQL Server and triple quotes in BigQuery', () => {
    expect(split('SELECT [a;b] FROM t; SELECT 2', 'mssql')).toEqual([
      'SELECT [a;b] FROM t',
      'SELECT 2',
    ]);
    expect(split("SELECT '''a';b''' ; SELECT 2", 'bigquery')).toEqual([
      "SELECT '''a';b'''",
      'SELECT 2',
    ]);
  });

  it('gives each statement its offset in the script', () => {
    const script = '  SELECT 1;\n  SELECT 2';
    const [, second] = splitStatements(script, lexicalRulesFor(engineDialect('postgresql')));
    expect(second?.start).toBe(script.indexOf('SELECT 2'));
  });
});
