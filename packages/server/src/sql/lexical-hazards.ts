import type { LexicalRules } from './lexical-rules.js';
import type { SqlToken } from './sql-lexer.js';

/**
 * Why a statement's text could be read one way by the parser and another by the database,
 * or null when it cannot. Such a statement counts as unparsed: a parser that sees a harmless
 * SELECT where the engine sees more is how read-only checks get bypassed.
 */
export function findLexicalHazard(
  sql: string,
  tokens: readonly SqlToken[],
  rules: LexicalRules,
): string | null {
  if (tokens.some((token) => token.kind === 'comment' && token.text.startsWith('/*!'))) {
    return 'it contains a /*! ... */ comment, which MySQL runs as code';
  }
  if (rules.dashCommentNeedsSpace) {
    const dashes = tokens.find(
      (token) => token.kind === 'symbol' && sql.startsWith('--', token.start),
    );
    if (dashes) return `"--" not followed by a space is code for this engine, not a comment`;
  }
  if (rules.isFallback) return findFallbackHazard(tokens);
  return null;
}

/** Engines without a grammar: refuse the characters whose meaning differs between engines. */
function findFallbackHazard(tokens: readonly SqlToken[]): string | null {
  for (const [index, token] of tokens.entries()) {
    if (token.kind === 'comment') continue;
    if (token.text.includes('\\')) {
      return 'it contains a backslash, which this engine may read as an escape';
    }
    if (token.kind !== 'string' && token.text.includes('$')) {
      return 'it contains "$", which this engine may read as a quote';
    }
    const next = tokens[index + 1];
    if (
      token.kind === 'word' &&
      /^n?q$/i.test(token.text) &&
      next?.kind === 'string' &&
      next.start === token.end
    ) {
      return "it contains a q'...' literal, whose quoting this engine reads differently";
    }
  }
  return null;
}
