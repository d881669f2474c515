import { describe, expect, it } from 'vitest';
import { AppError } from '../errors/app-error.js';
import { parseSqlScript } from './parse-sql-script.js';
import { requireParsedScript } from './require-parsed-script.js';
import { engineDialect } from './testing/engine-dialect.js';

const check = (sql: string) => () =>
  requireParsedScript(parseSqlScript(sql, engineDialect('postgresql')));

describe('requireParsedScript', () => {
  it('accepts scripts whose statements all parse, reads and writes alike', () => {
    expect(check('SELECT 1; DELETE FROM t')).not.toThrow();
  });

  it('names the first statement that does not parse, with its position', () => {
    let error: unknown;
    try {
      check('SELECT 1;\n\nSELECT a FROM t ORDER a')();
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({
      code: 'INVALID_SQL_ERROR',
      message: 'Statement 2 could not be parsed (Syntax error near "a" at line 3, column 23).',
      extra: { statement: 2, line: 3, column: 23 },
    });
  });
});
