import { isKeyword, unquotedName, type SqlToken } from './sql-lexer.js';
import { isWritingFunction } from './writing-functions.js';

/** Keywords that come before an opening parenthesis without being a function call. */
const NOT_FUNCTIONS: ReadonlySet<string> = new Set(
  (
    'AND ALL ANY ARRAY AS BETWEEN BY CASE CUBE DISTINCT ELSE EXCEPT EXISTS EXPLAIN FETCH FILTER FOR ' +
    'FROM GROUPING_SETS HAVING IN INTERSECT INTO IS JOIN LATERAL LIKE LIMIT MATERIALIZED NOT ' +
    'OFFSET ON OR OVER PARTITION PIVOT QUALIFY RECURSIVE RETURNING ROLLUP ROW SELECT SET SETS ' +
    'SOME TABLE TABLESAMPLE THEN TOP UNION UNPIVOT USING VALUES WHEN WHERE WINDOW WITH WITHIN'
  ).split(' '),
);

/**
 * Names called like functions (`name(`), lower-cased, without schema or quotes: the input
 * to a denylist such as Superset's DISALLOWED_SQL_FUNCTIONS. Read from tokens, so a call the
 * parser's grammar does not know is still listed; a CTE or table with a column list may
 * appear too.
 */
export function calledNames(tokens: readonly SqlToken[]): string[] {
  const names = new Set<string>();
  for (const [index, token] of tokens.entries()) {
    const next = tokens[index + 1];
    const isName = token.kind === 'word' || token.kind === 'quoted';
    if (!isName || next?.kind !== 'symbol' || next.text !== '(') continue;
    if (token.kind === 'word' && NOT_FUNCTIONS.has(token.text.toUpperCase())) continue;
    names.add(unquotedName(token).toLowerCase());
  }
  return [...names];
}

/** Whether `word` follows the token at `index` within `window` tokens at the same depth. */
function isFollowedBy(
  tokens: readonly SqlToken[],
  index: number,
  words: readonly string[],
  window = 1,
) {
  const depth = tokens[index]?.depth;
  return tokens
    .slice(index + 1, index + 1 + window)
    .some((token) => token.depth === depth && words.some((word) => isKeyword(token, word)));
}

/**
 * Why the code of a statement the grammar read as a SELECT still writes, or null. A check on
 * the engine's own tokens, independent of the grammar: it catches `SELECT ... INTO`, locking
 * reads, DML nested in a CTE and writing functions even where the grammar misreads the text.
 */
export function findWriteEvidence(tokens: readonly SqlToken[]): string | null {
  for (const [index, token] of tokens.entries()) {
    if (isKeyword(token, 'INTO'))
      return 'writes its rows into a table, a variable or a file (INTO)';
    if (isKeyword(token, 'DELETE') && isFollowedBy(tokens, index, ['FROM']))
      return 'contains a DELETE';
    if (isKeyword(token, 'UPDATE') && isFollowedBy(tokens, index, ['SET'], 6))
      return 'contains an UPDATE';
    if (isKeyword(token, 'INSERT') && isFollowedBy(tokens, index, ['INTO', 'OVERWRITE'])) {
      return 'contains an INSERT';
    }
    if (isKeyword(token, 'FOR') && isFollowedBy(tokens, index, ['UPDATE', 'SHARE', 'NO', 'KEY'])) {
      return 'locks rows (FOR UPDATE / FOR SHARE)';
    }
    if (isKeyword(token, 'LOCK') && isFollowedBy(tokens, index, ['IN']))
      return 'locks rows (LOCK IN SHARE MODE)';
  }
  const writing = calledNames(tokens).find(isWritingFunction);
  return writing === undefined
    ? null
    : `calls ${writing}(), which can change data or run other SQL`;
}
