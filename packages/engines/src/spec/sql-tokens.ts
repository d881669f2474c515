/** One lexical token of a SQL statement, with the parenthesis depth it sits at. */
export interface SqlToken {
  kind: 'word' | 'number' | 'string' | 'identifier' | 'symbol';
  text: string;
  start: number;
  end: number;
  /** 0 for the statement itself, 1 inside one pair of parentheses, ... */
  depth: number;
}

/** Opening and closing characters of quoted identifiers (`"x"`, `[x]`, `` `x` ``). */
export type IdentifierQuote = readonly [open: string, close: string];

const WORD_START = /[A-Za-z_@#]/;
const WORD_PART = /[\w@#$]/;

function endOfQuoted(sql: string, from: number, close: string): number {
  let at = from + 1;
  while (at < sql.length) {
    if (sql[at] === close) {
      if (sql[at + 1] === close) at += 2;
      else return at + 1;
    } else at += 1;
  }
  return sql.length;
}

function endOfComment(sql: string, from: number): number | null {
  if (sql.startsWith('--', from)) {
    const newline = sql.indexOf('\n', from);
    return newline === -1 ? sql.length : newline + 1;
  }
  if (sql.startsWith('/*', from)) {
    const close = sql.indexOf('*/', from + 2);
    return close === -1 ? sql.length : close + 2;
  }
  return null;
}

/**
 * Splits SQL into tokens, skipping whitespace and comments, so a dialect can find keywords
 * of the outer statement (`SELECT`, `TOP`, a trailing `LIMIT`) without being fooled by
 * the same words inside strings, quoted names, comments or subqueries.
 */
export function tokenizeSql(
  sql: string,
  identifierQuotes: readonly IdentifierQuote[] = [['"', '"']],
): SqlToken[] {
  const tokens: SqlToken[] = [];
  let depth = 0;
  let at = 0;
  while (at < sql.length) {
    const char = sql.charAt(at);
    const commentEnd = endOfComment(sql, at);
    if (/\s/.test(char)) {
      at += 1;
      continue;
    }
    if (commentEnd !== null) {
      at = commentEnd;
      continue;
    }
    const quote = identifierQuotes.find(([open]) => open === char);
    let kind: SqlToken['kind'] = 'symbol';
    let end = at + 1;
    if (char === "'") {
      kind = 'string';
      end = endOfQuoted(sql, at, "'");
    } else if (quote) {
      kind = 'identifier';
      end = endOfQuoted(sql, at, quote[1]);
    } else if (WORD_START.test(char)) {
      kind = 'word';
      while (end < sql.length && WORD_PART.test(sql.charAt(end))) end += 1;
    } else if (/\d/.test(char)) {
      kind = 'number';
      while (end < sql.length && /[\d.]/.test(sql.charAt(end))) end += 1;
    }
    if (char === ')') depth = Math.max(0, depth - 1);
    tokens.push({ kind, text: sql.slice(at, end), start: at, end, depth });
    if (char === '(') depth += 1;
    at = end;
  }
  return tokens;
}

/** Whether a token is the keyword `word` (case-insensitive). */
export function isKeyword(token: SqlToken | undefined, word: string): boolean {
  return token?.kind === 'word' && token.text.toUpperCase() === word;
}

/** A statement without its trailing semicolons and whitespace. */
export function withoutTrailingSemicolon(sql: string): string {
  return sql.trim().replace(/[;\s]+$/, '');
}
