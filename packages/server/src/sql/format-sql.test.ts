import { describe, expect, it } from 'vitest';
import { AppError } from '../errors/app-error.js';
import { formatSql } from './format-sql.js';
import { formatterLanguage } from './formatter-languages.js';

describe('formatSql', () => {
  it('lays a query out one clause per line', () => {
    expect(formatSql('select a, b from t where c = 1 order by a', 'postgresql')).toBe(
      'select\n  a,\n  b\nfrom\n  t\nwhere\n  c = 1\norder by\n  a',
    );
  });

  it('keeps string literals, quoted names, comments and keyword case of a script', () => {
    const script =
      "SELECT 'it''s; -- not a comment', \"Odd Name\" -- trailing note\nFROM t WHERE x = $$a;b$$; /* between */ select E'\\n'";
    const formatted = formatSql(script, 'postgresql');
    for (const piece of [
      "'it''s; -- not a comment'",
      '"Odd Name"',
      '-- trailing note',
      '$$a;b$$',
      '/* between */',
      "E'\\n'",
    ]) {
      expect(formatted).toContain(piece);
    }
    expect(formatted).toMatch(/^SELECT\n/);
    expect(formatted).toContain('\nselect\n');
  });

  it("keeps each engine's own syntax", () => {
    expect(formatSql('select `a b` from t # note', 'mysql')).toBe(
      'select\n  `a b`\nfrom\n  t # note',
    );
    expect(formatSql('select [a b] from t', 'mssql')).toBe('select\n  [a b]\nfrom\n  t');
  });

  it('returns the text unchanged rather than change what it means', () => {
    // sql-formatter writes N'y' as N 'y', which PostgreSQL reads as something else.
    const sql = "select N'y' from t";
    expect(formatSql(sql, 'postgresql')).toBe(sql);
    expect(formatSql("select E'y' from t", 'postgresql')).toBe("select\n  E'y'\nfrom\n  t");
  });

  it('raises INVALID_SQL_ERROR with the position of text it cannot read', () => {
    let error: unknown;
    try {
      formatSql("select 'unterminated", 'postgresql');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: 'INVALID_SQL_ERROR', extra: { line: 1, column: 8 } });
  });
});

describe('formatterLanguage', () => {
  it.each([
    ['postgresql', 'postgresql'],
    ['mssql', 'transactsql'],
    ['oracle', 'plsql'],
    ['sparksql', 'spark'],
    ['awsathena', 'trino'],
    ['clickhousedb', 'clickhouse'],
    ['duckdb', 'duckdb'],
    ['teradatasql', 'sql'],
    [undefined, 'sql'],
  ])('formats %s as %s', (engine, language) => {
    expect(formatterLanguage(engine)).toBe(language);
  });
});
