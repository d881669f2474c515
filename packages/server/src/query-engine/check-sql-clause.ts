import type { Dialect } from '@superset-ts/engines';
import type * as NodeSqlParser from 'node-sql-parser';
import type { Parser } from 'node-sql-parser';
import { LRUCache } from 'lru-cache';
import { AppError } from '../errors/app-error.js';
import { findLexicalHazard } from '../sql/lexical-hazards.js';
import { grammarFor, lexicalRulesFor } from '../sql/lexical-rules.js';
import { lazyRequire } from '../sql/lazy-require.js';
import { codeTokens, isKeyword, tokenizeSql, type SqlToken } from '../sql/sql-lexer.js';

/** What a piece of free SQL must be: a value (`SUM(x) * 2`) or a condition (`x > 1 AND y`). */
export type ClauseKind = 'expression' | 'predicate';

export interface ClauseCheckOptions {
  /** Superset's ALLOW_ADHOC_SUBQUERY: allow SELECT inside free SQL. */
  allowSubqueries: boolean;
  /** Names the clause in messages, e.g. "the WHERE clause". */
  what: string;
}

const loadSqlParser = lazyRequire<typeof NodeSqlParser>('node-sql-parser');
let sharedParser: Parser | undefined;
const parser = (): Parser => (sharedParser ??= new (loadSqlParser().Parser)());

/**
 * Checks free SQL that goes into a built query (adhoc metrics and columns, extras.where and
 * having, RLS clauses) and returns it with comments removed. Superset parses such a clause
 * and refuses more than one statement; here a clause is refused when it has a `;` outside
 * strings, unbalanced parentheses (which could close the builder's own), text the engine
 * could read differently from the parser, a SELECT while sub-queries are not allowed, or
 * when the engine's grammar cannot read it as one expression or one condition.
 *
 * @throws AppError INVALID_SQL_CLAUSE_ERROR or ADHOC_SUBQUERY_NOT_ALLOWED_ERROR.
 */
export function checkSqlClause(
  sql: string,
  kind: ClauseKind,
  dialect: Dialect,
  options: ClauseCheckOptions,
): string {
  const rules = lexicalRulesFor(dialect);
  const tokens = tokenizeSql(sql, rules);
  const code = codeTokens(tokens);
  if (code.length === 0) throw invalid(options.what, 'it is empty');
  const hazard = findLexicalHazard(sql, tokens, rules);
  if (hazard !== null) throw invalid(options.what, hazard);
  if (code.some((token) => token.kind === 'symbol' && token.text === ';')) {
    throw invalid(options.what, 'it contains ";": only one expression is allowed');
  }
  if (!hasBalancedParentheses(code)) throw invalid(options.what, 'its parentheses do not match');
  if (!options.allowSubqueries && code.some((token) => isKeyword(token, 'SELECT'))) {
    throw new AppError(
      'ADHOC_SUBQUERY_NOT_ALLOWED_ERROR',
      `Custom SQL fields cannot contain sub-queries (${options.what}).`,
    );
  }
  const clean = withoutComments(sql, tokens).trim();
  requireParsable(clean, kind, grammarFor(dialect), options.what);
  return clean;
}

function hasBalancedParentheses(tokens: readonly SqlToken[]): boolean {
  let depth = 0;
  for (const token of tokens) {
    if (token.kind !== 'symbol') continue;
    if (token.text === '(') depth += 1;
    if (token.text === ')') depth -= 1;
    if (depth < 0) return false;
  }
  return depth === 0;
}

/** Comments become a space, so none can hide the builder's SQL that follows the clause. */
function withoutComments(sql: string, tokens: readonly SqlToken[]): string {
  let text = '';
  let at = 0;
  for (const token of tokens) {
    if (token.kind !== 'comment') continue;
    text += `${sql.slice(at, token.start)} `;
    at = token.end;
  }
  return text + sql.slice(at);
}

interface SelectAst {
  type?: unknown;
  columns?: unknown;
  where?: unknown;
  groupby?: unknown;
  having?: unknown;
  orderby?: unknown;
  limit?: { value?: unknown[] } | null;
}

/**
 * Why the grammar cannot read a clause, or null when it reads it as one expression or
 * condition. The answer depends only on the text, kind and grammar, and charts send the same
 * clauses on every request, so answers are kept: parsing dominated a cached chart request.
 */
const parseVerdicts = new LRUCache<string, { reason: string | null }>({ max: 5_000 });

function requireParsable(clause: string, kind: ClauseKind, grammar: string, what: string): void {
  const key = `${grammar}\u0000${kind}\u0000${clause}`;
  let verdict = parseVerdicts.get(key);
  if (!verdict) {
    verdict = { reason: parseFailure(clause, kind, grammar) };
    parseVerdicts.set(key, verdict);
  }
  if (verdict.reason !== null) throw invalid(what, verdict.reason);
}

function parseFailure(clause: string, kind: ClauseKind, grammar: string): string | null {
  const wrapped =
    kind === 'expression' ? `SELECT ${clause} FROM t` : `SELECT 1 FROM t WHERE ${clause}`;
  let ast: unknown;
  try {
    ast = parser().astify(wrapped, { database: grammar });
  } catch (error) {
    const detail = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return `the ${grammar} grammar cannot read it (${detail?.slice(0, 200)})`;
  }
  const statements = Array.isArray(ast) ? ast : [ast];
  const select = statements[0] as SelectAst | undefined;
  if (statements.length !== 1 || select?.type !== 'select' || hasExtraClauses(select)) {
    return `it is not one ${kind === 'expression' ? 'expression' : 'condition'}`;
  }
  if (kind === 'expression') {
    const columns = Array.isArray(select.columns) ? (select.columns as { as?: unknown }[]) : [];
    if (columns.length !== 1) return 'it is not one expression';
    if (columns[0]?.as) return 'it has its own alias: set the label instead';
  }
  return null;
}

function hasExtraClauses(select: SelectAst): boolean {
  const groupby = select.groupby as { columns?: unknown } | unknown[] | null | undefined;
  const hasGroupBy = Array.isArray(groupby) ? groupby.length > 0 : Boolean(groupby?.columns);
  const hasLimit = Boolean(select.limit?.value && select.limit.value.length > 0);
  return hasGroupBy || Boolean(select.having) || Boolean(select.orderby) || hasLimit;
}

function invalid(what: string, reason: string): AppError {
  return new AppError('INVALID_SQL_CLAUSE_ERROR', `Invalid SQL in ${what}: ${reason}.`);
}
