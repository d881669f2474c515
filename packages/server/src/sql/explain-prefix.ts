import { isKeyword, type SqlToken } from './sql-lexer.js';

/** Words that begin the statement an EXPLAIN describes. */
const EXPLAINED_STARTS = [
  'SELECT',
  'WITH',
  'VALUES',
  'TABLE',
  'INSERT',
  'UPDATE',
  'DELETE',
  'MERGE',
  'REPLACE',
];

/**
 * The offset where the statement explained by `EXPLAIN [(options)] [ANALYZE] [VERBOSE] ...`
 * starts, or null when the statement is no EXPLAIN or its options cannot be read. Superset
 * treats EXPLAIN as read-only unless it runs a mutating statement (EXPLAIN ANALYZE DELETE ...);
 * here the explained statement is classified on its own.
 */
export function explainedStatementStart(tokens: readonly SqlToken[]): number | null {
  if (!isKeyword(tokens[0], 'EXPLAIN')) return null;
  let index = 1;
  if (tokens[index]?.text === '(') {
    const close = tokens.findIndex(
      (token, at) => at > index && token.depth === 0 && token.text === ')',
    );
    if (close === -1) return null;
    index = close + 1;
  }
  for (; index < tokens.length; index += 1) {
    const token = tokens[index];
    if (token === undefined) return null;
    if (EXPLAINED_STARTS.some((word) => isKeyword(token, word)) || token.text === '(')
      return token.start;
    // Option words and values: ANALYZE, VERBOSE, FORMAT=JSON, QUERY PLAN, USING TEXT, ...
    if (token.kind !== 'word' && token.text !== '=' && token.kind !== 'string') return null;
  }
  return null;
}
