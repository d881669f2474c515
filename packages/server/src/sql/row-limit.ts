import type { Dialect } from '@superset-ts/engines';
import { lexicalRulesFor, type SqlDialect } from './lexical-rules.js';
import { findRowLimit, isRowQuery, trailingClauseStart } from './row-limit-clause.js';
import { codeTokens, tokenizeSql, type SqlToken } from './sql-lexer.js';
import { splitStatements } from './split-statements.js';

/** The dialect parts a row limit needs. */
export type LimitDialect = SqlDialect & Pick<Dialect, 'limitStyle' | 'wrapLimit' | 'limitQuery'>;

const ANSI_DIALECT: SqlDialect = { parserDialect: null, identifierQuotes: ['"', '"'] };

function replaceToken(sql: string, token: SqlToken, text: string): string {
  return `${sql.slice(0, token.start)}${text}${sql.slice(token.end)}`;
}

/** One statement with a limit of `n` rows at its top level, or unchanged when it is no query. */
function limitStatement(sql: string, n: number, dialect: LimitDialect): string {
  const tokens = codeTokens(tokenizeSql(sql, lexicalRulesFor(dialect)));
  if (!isRowQuery(tokens)) return sql;
  // Engines with their own limiting rule (TOP placement, Oracle's alias syntax, no subqueries)
  // go through their dialect; the rest get Superset's FORCE_LIMIT, edited in place.
  if (dialect.wrapLimit !== undefined || dialect.limitStyle === 'top')
    return dialect.limitQuery(sql, n);
  const existing = findRowLimit(tokens);
  if (existing?.kind === 'literal') {
    return Number(existing.count.text) <= n ? sql : replaceToken(sql, existing.count, String(n));
  }
  if (existing?.kind === 'all') return replaceToken(sql, existing.token, String(n));
  const last = tokens.at(-1);
  if (existing?.kind === 'other' || last === undefined) return dialect.limitQuery(sql, n);
  const clause = dialect.limitStyle === 'fetch_first' ? `FETCH FIRST ${n} ROWS ONLY` : `LIMIT ${n}`;
  const trailing = trailingClauseStart(tokens);
  if (trailing !== null) {
    return `${sql.slice(0, trailing.start).trimEnd()}\n${clause}\n${sql.slice(trailing.start)}`;
  }
  return `${sql.slice(0, last.end)}\n${clause}${sql.slice(last.end)}`;
}

/**
 * Limits the rows a query returns in its SQL, so the database stops early, with Superset's
 * semantics: an existing top-level limit no larger than `limit` is kept, a larger one is
 * lowered, and without one a limit is added in the engine's style (LIMIT, FETCH FIRST, or the
 * engine's own wrapping, e.g. TOP). Limits inside subqueries and CTEs are left alone. A
 * statement that is not a query (DML, DDL, SHOW, SELECT INTO) is returned unchanged. Given a
 * script, only its last statement is limited, as Superset's `apply_limit_to_sql` does.
 */
export function applyRowLimit(sql: string, limit: number, dialect: LimitDialect): string {
  const n = Math.max(0, Math.floor(limit));
  const statements = splitStatements(sql, lexicalRulesFor(dialect));
  const last = statements.at(-1);
  if (last === undefined) return sql;
  const limited = limitStatement(last.sql, n, dialect);
  if (limited === last.sql) return sql;
  return [...statements.slice(0, -1).map((statement) => statement.sql), limited].join(';\n');
}

/**
 * The literal row limit at the top level of a query (the last statement of a script):
 * `LIMIT n`, `LIMIT m, n`, `FETCH FIRST n ROWS ONLY` or `TOP n`; null when it has none or
 * the limit is not a plain number. The caller compares it with the requested limit to tell
 * whether the query or the dropdown limited the rows (Superset's `limiting_factor`).
 */
export function getRowLimit(sql: string, dialect: SqlDialect = ANSI_DIALECT): number | null {
  const rules = lexicalRulesFor(dialect);
  const last = splitStatements(sql, rules).at(-1);
  if (last === undefined) return null;
  const tokens = codeTokens(last.tokens);
  const existing = isRowQuery(tokens) ? findRowLimit(tokens) : null;
  return existing?.kind === 'literal' ? Number(existing.count.text) : null;
}
