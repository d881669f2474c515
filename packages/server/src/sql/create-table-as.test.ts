import { describe, expect, it } from 'vitest';
import { AppError } from '../errors/app-error.js';
import { asCreateTable, type CreateTableAsOptions } from './create-table-as.js';
import { parseSqlScript } from './parse-sql-script.js';
import { engineDialect } from './testing/engine-dialect.js';

function rewrite(sql: string, options: Partial<CreateTableAsOptions> & { engine?: string } = {}) {
  const dialect = engineDialect(options.engine ?? 'postgresql');
  return asCreateTable(parseSqlScript(sql, dialect), {
    table: 'tmp_1_table',
    schema: 'scratch',
    method: 'TABLE',
    dialect,
    ...options,
  });
}

function errorOf(run: () => unknown): AppError {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('no error');
}

describe('asCreateTable', () => {
  it('creates a table from the SELECT, quoted for the engine', () => {
    expect(rewrite('SELECT a, b FROM t WHERE c > 1;')).toEqual([
      'CREATE TABLE "scratch"."tmp_1_table" AS\nSELECT a, b FROM t WHERE c > 1',
    ]);
    expect(rewrite('SELECT 1', { engine: 'mysql', schema: null })).toEqual([
      'CREATE TABLE `tmp_1_table` AS\nSELECT 1',
    ]);
    expect(rewrite('SELECT 1', { engine: 'mssql', table: 'odd]name' })).toEqual([
      'CREATE TABLE [scratch].[odd]]name] AS\nSELECT 1',
    ]);
  });

  it('creates a view with the VIEW method', () => {
    expect(rewrite('WITH x AS (SELECT 1 AS a) SELECT a FROM x', { method: 'VIEW' })).toEqual([
      'CREATE VIEW "scratch"."tmp_1_table" AS\nWITH x AS (SELECT 1 AS a) SELECT a FROM x',
    ]);
  });

  it('runs earlier statements first and limits the SELECT when asked', () => {
    expect(rewrite("SET search_path = 'x';\nSELECT * FROM t", { rowLimit: 100 })).toEqual([
      "SET search_path = 'x'",
      'CREATE TABLE "scratch"."tmp_1_table" AS\nSELECT * FROM t\nLIMIT 100',
    ]);
  });

  it('refuses CTAS when the last statement is not a SELECT', () => {
    const error = errorOf(() => rewrite('SELECT 1; DELETE FROM t'));
    expect(error.code).toBe('INVALID_CTAS_QUERY_ERROR');
    expect(error.message).toContain('statement 2 is not a SELECT');
    expect(errorOf(() => rewrite('-- nothing')).code).toBe('INVALID_CTAS_QUERY_ERROR');
    expect(errorOf(() => rewrite('SELECT a INTO t2 FROM t')).code).toBe('INVALID_CTAS_QUERY_ERROR');
  });

  it('refuses CVAS unless the query is exactly one SELECT', () => {
    const error = errorOf(() => rewrite('SELECT 1; SELECT 2', { method: 'VIEW' }));
    expect(error.code).toBe('INVALID_CVAS_QUERY_ERROR');
    expect(error.message).toContain('this query has 2 statements');
    expect(errorOf(() => rewrite('SHOW search_path', { method: 'VIEW' })).code).toBe(
      'INVALID_CVAS_QUERY_ERROR',
    );
  });
});
