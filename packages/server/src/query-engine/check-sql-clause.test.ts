import { describe, expect, it } from 'vitest';
import { checkSqlClause } from './check-sql-clause.js';
import { dialectOf } from './test-support/query-fixtures.js';

const options = { allowSubqueries: false, what: 'the test clause' };
const check = (
  sql: string,
  engine = 'postgresql',
  kind: 'expression' | 'predicate' = 'predicate',
) => checkSqlClause(sql, kind, dialectOf(engine), options);

describe('checkSqlClause', () => {
  it('accepts one expression or condition and strips comments', () => {
    expect(check("name = 'a;b' /* note */ AND num > 1")).toBe("name = 'a;b'   AND num > 1");
    expect(check('SUM(num) * 2', 'postgresql', 'expression')).toBe('SUM(num) * 2');
    expect(check("`name` = 'x'", 'mysql')).toBe("`name` = 'x'");
  });

  it('refuses a second statement, unbalanced parentheses and empty clauses', () => {
    expect(() => check('1 = 1; DROP TABLE t')).toThrow(/contains ";"/);
    expect(() => check('1 = 1)')).toThrow(/parentheses/);
    expect(() => check('-- only a comment')).toThrow(/empty/);
  });

  it("refuses text the engine reads differently from the parser (MySQL's executable comments)", () => {
    expect(() => check('1 = 1 /*! OR 1 = 1 */', 'mysql')).toThrow(/runs as code/);
    // One string to MySQL (the backslash escapes the quote): nothing after it is code.
    expect(check("name = 'a\\' OR 1 = 1 --'", 'mysql')).toBe("name = 'a\\' OR 1 = 1 --'");
  });

  it('refuses SELECT unless sub-queries are allowed, and what the grammar cannot read', () => {
    expect(() => check('num IN (SELECT 1)')).toThrow(/sub-queries/);
    expect(
      checkSqlClause('num IN (SELECT 1)', 'predicate', dialectOf('postgresql'), {
        ...options,
        allowSubqueries: true,
      }),
    ).toBe('num IN (SELECT 1)');
    expect(() => check('num >>> <<< 1')).toThrow(/grammar cannot read it/);
    expect(() => check('a, b', 'postgresql', 'expression')).toThrow(/not one expression/);
  });
});
