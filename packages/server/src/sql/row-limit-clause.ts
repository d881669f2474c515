import { isKeyword, type SqlToken } from './sql-lexer.js';

/** The row limit a statement already has at its top level. */
export type RowLimitClause =
  /** `LIMIT n`, `LIMIT m, n`, `FETCH FIRST n ROWS ONLY`, `TOP n`: `count` is the literal. */
  | { kind: 'literal'; count: SqlToken }
  /** `LIMIT ALL`: no limit, written out; `token` is `ALL`. */
  | { kind: 'all'; token: SqlToken }
  /** A form that cannot be lowered in place: an expression, a parameter, `LIMIT n BY x`, a percentage. */
  | { kind: 'other' };

const MAIN_STATEMENT_WORDS = [
  'SELECT',
  'INSERT',
  'UPDATE',
  'DELETE',
  'MERGE',
  'VALUES',
  'TABLE',
  'REPLACE',
  'UPSERT',
];

/** Index of the statement's main keyword: the first word, or the one after a WITH clause. */
export function mainKeywordIndex(tokens: readonly SqlToken[]): number {
  const first = tokens.findIndex((token) => token.kind === 'word');
  const start = tokens[first];
  if (start === undefined || !isKeyword(start, 'WITH')) return first;
  return tokens.findIndex(
    (token, index) =>
      index > first &&
      token.depth === start.depth &&
      MAIN_STATEMENT_WORDS.some((word) => isKeyword(token, word)),
  );
}

/** Whether a statement is a query returning rows (SELECT, WITH ... SELECT, set operations), not SELECT INTO. */
export function isRowQuery(tokens: readonly SqlToken[]): boolean {
  if (!isKeyword(tokens[mainKeywordIndex(tokens)], 'SELECT')) return false;
  return !tokens.some((token) => token.depth === 0 && isKeyword(token, 'INTO'));
}

/** What may follow `LIMIT n` for `n` to be the whole row count (not `LIMIT 10 + 5`). */
const LIMIT_FOLLOWERS = ['OFFSET', 'FOR', 'LOCK', 'OPTIMIZE', 'SETTINGS', 'FORMAT', 'WITH'];

function isInteger(token: SqlToken | undefined): token is SqlToken {
  return token?.kind === 'number' && /^\d+$/.test(token.text);
}

function limitClauseAt(tokens: readonly SqlToken[], index: number): RowLimitClause {
  const first = tokens[index + 1];
  if (first !== undefined && isKeyword(first, 'ALL')) return { kind: 'all', token: first };
  if (!isInteger(first)) return { kind: 'other' };
  const next = tokens[index + 2];
  if (next?.text === ',') {
    const count = tokens[index + 3];
    return isInteger(count) && !isKeyword(tokens[index + 4], 'BY')
      ? { kind: 'literal', count }
      : { kind: 'other' };
  }
  if (isKeyword(next, 'BY')) return { kind: 'other' };
  const isLast = next === undefined || LIMIT_FOLLOWERS.some((word) => isKeyword(next, word));
  return isLast ? { kind: 'literal', count: first } : { kind: 'other' };
}

function fetchClauseAt(tokens: readonly SqlToken[], index: number): RowLimitClause | null {
  if (!['FIRST', 'NEXT'].some((word) => isKeyword(tokens[index + 1], word))) return null;
  const count = tokens[index + 2];
  const unit = tokens[index + 3];
  if (isInteger(count) && ['ROW', 'ROWS'].some((word) => isKeyword(unit, word)))
    return { kind: 'literal', count };
  return { kind: 'other' };
}

function topClauseAt(tokens: readonly SqlToken[], index: number): RowLimitClause {
  const isParenthesised = tokens[index + 1]?.text === '(';
  const count = tokens[index + (isParenthesised ? 2 : 1)];
  if (!isInteger(count)) return { kind: 'other' };
  if (isParenthesised && tokens[index + 3]?.text !== ')') return { kind: 'other' };
  const after = tokens[index + (isParenthesised ? 4 : 2)];
  return isKeyword(after, 'PERCENT') ? { kind: 'other' } : { kind: 'literal', count };
}

/**
 * The row limit at a statement's top level (never one inside a subquery or CTE): the last
 * `LIMIT` or `FETCH FIRST|NEXT` at depth 0, else a `TOP` right after the main SELECT.
 * Null when the statement has none.
 */
export function findRowLimit(tokens: readonly SqlToken[]): RowLimitClause | null {
  for (let index = tokens.length - 1; index >= 0; index -= 1) {
    const token = tokens[index];
    if (token?.depth !== 0) continue;
    if (isKeyword(token, 'LIMIT')) return limitClauseAt(tokens, index);
    if (isKeyword(token, 'FETCH')) {
      const clause = fetchClauseAt(tokens, index);
      if (clause) return clause;
    }
  }
  const main = mainKeywordIndex(tokens);
  let index = main + 1;
  if (isKeyword(tokens[index], 'DISTINCT') || isKeyword(tokens[index], 'ALL')) index += 1;
  return isKeyword(tokens[index], 'TOP') ? topClauseAt(tokens, index) : null;
}

/** Clauses that end a query and must follow its LIMIT, each with the words that may come next. */
const TRAILING_CLAUSES: readonly (readonly [word: string, next: readonly string[] | null])[] = [
  ['FOR', ['UPDATE', 'SHARE', 'NO', 'KEY', 'READ', 'FETCH']],
  ['LOCK', ['IN']],
  ['WITH', ['UR', 'CS', 'RS', 'RR']],
  ['OPTIMIZE', ['FOR']],
  ['SETTINGS', null],
  ['FORMAT', null],
];

/**
 * The first top-level clause a LIMIT must come before: locking (`FOR UPDATE`, `LOCK IN SHARE
 * MODE`), DB2's isolation (`WITH UR`) and `OPTIMIZE FOR`, ClickHouse's `SETTINGS` and `FORMAT`.
 */
export function trailingClauseStart(tokens: readonly SqlToken[]): SqlToken | null {
  const main = mainKeywordIndex(tokens);
  const found = tokens.find((token, index) => {
    if (index <= main || token.depth !== 0) return false;
    const next = tokens[index + 1];
    return TRAILING_CLAUSES.some(
      ([word, words]) =>
        isKeyword(token, word) &&
        (words === null
          ? next?.text !== '('
          : words.some((candidate) => isKeyword(next, candidate))),
    );
  });
  return found ?? null;
}
