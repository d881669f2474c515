import type { LexicalRules } from './lexical-rules.js';

/** One lexical token of SQL text, with the parenthesis depth it sits at. */
export interface SqlToken {
  kind: 'word' | 'number' | 'string' | 'quoted' | 'symbol' | 'comment';
  text: string;
  start: number;
  end: number;
  /** 0 for the statement itself, 1 inside one pair of parentheses, ... */
  depth: number;
}

const ASCII_SPACE = /[ \t\n\r\f\v]/;
const WORD_START = /[\p{L}_@#]/u;
const WORD_PART = /[\p{L}\p{N}_@#$]/u;
const DOLLAR_TAG = /\$(?:[\p{L}_][\p{L}\p{N}_]*)?\$/uy;

/** End of quoted text opened at `from`: doubled closers, and backslashes when `backslash`, escape. */
function endOfQuoted(
  sql: string,
  from: number,
  openLength: number,
  close: string,
  backslash: boolean,
) {
  let at = from + openLength;
  while (at < sql.length) {
    if (backslash && sql[at] === '\\') at += 2;
    else if (sql.startsWith(close, at)) {
      if (close.length === 1 && sql[at + 1] === close) at += 2;
      else return at + close.length;
    } else at += 1;
  }
  return sql.length;
}

function endOfLine(sql: string, from: number): number {
  const newline = sql.indexOf('\n', from);
  return newline === -1 ? sql.length : newline + 1;
}

/** Where a comment starting at `at` ends, or null when none starts there. */
function endOfComment(sql: string, at: number, rules: LexicalRules): number | null {
  if (sql.startsWith('--', at)) {
    const next = sql.charAt(at + 2);
    const isComment = !rules.dashCommentNeedsSpace || next === '' || ASCII_SPACE.test(next);
    return isComment ? endOfLine(sql, at) : null;
  }
  if (rules.hashComments && sql[at] === '#') return endOfLine(sql, at);
  // Block comments never nest here: where an engine nests them (PostgreSQL), ending at the
  // first `*/` shows more of the text as code, never less.
  if (sql.startsWith('/*', at)) {
    const close = sql.indexOf('*/', at + 2);
    return close === -1 ? sql.length : close + 2;
  }
  return null;
}

/** Where a string or quoted name starting at `at` ends, or null when none starts there. */
function endOfQuotedToken(
  sql: string,
  at: number,
  rules: LexicalRules,
): [SqlToken['kind'], number] | null {
  const char = sql.charAt(at);
  if (rules.tripleQuotes && (sql.startsWith("'''", at) || sql.startsWith('"""', at))) {
    return ['string', endOfQuoted(sql, at, 3, char.repeat(3), rules.backslashEscapes)];
  }
  if (char === "'") return ['string', endOfQuoted(sql, at, 1, "'", rules.backslashEscapes)];
  if (
    rules.escapeStrings &&
    /[eE]/.test(char) &&
    sql[at + 1] === "'" &&
    !WORD_PART.test(sql.charAt(at - 1))
  ) {
    return ['string', endOfQuoted(sql, at + 1, 1, "'", true)];
  }
  if (rules.dollarQuotes !== 'none' && char === '$' && !WORD_PART.test(sql.charAt(at - 1))) {
    DOLLAR_TAG.lastIndex = at;
    const tag = DOLLAR_TAG.exec(sql)?.[0];
    if (tag !== undefined && (rules.dollarQuotes === 'tagged' || tag === '$$')) {
      const close = sql.indexOf(tag, at + tag.length);
      return ['string', close === -1 ? sql.length : close + tag.length];
    }
  }
  const pair = rules.quotes.find(([open]) => open === char);
  if (pair) {
    const backslash = rules.backslashEscapes && char === '"';
    return ['quoted', endOfQuoted(sql, at, 1, pair[1], backslash)];
  }
  return null;
}

/**
 * Splits SQL into tokens the way the engine reads it: strings, quoted names, dollar-quoted
 * bodies and comments are single tokens, so keywords and semicolons inside them are never
 * mistaken for code. Whitespace is dropped; comments are kept as tokens.
 */
export function tokenizeSql(sql: string, rules: LexicalRules): SqlToken[] {
  const tokens: SqlToken[] = [];
  let depth = 0;
  let at = 0;
  while (at < sql.length) {
    const char = sql.charAt(at);
    if (/\s/u.test(char)) {
      at += 1;
      continue;
    }
    let kind: SqlToken['kind'] = 'symbol';
    let end = at + 1;
    const commentEnd = endOfComment(sql, at, rules);
    const quoted = commentEnd === null ? endOfQuotedToken(sql, at, rules) : null;
    if (commentEnd !== null) {
      kind = 'comment';
      end = commentEnd;
    } else if (quoted) {
      [kind, end] = quoted;
    } else if (WORD_START.test(char)) {
      kind = 'word';
      while (end < sql.length && WORD_PART.test(sql.charAt(end))) end += 1;
    } else if (/\d/.test(char)) {
      kind = 'number';
      while (end < sql.length && /[\d.]/.test(sql.charAt(end))) end += 1;
    }
    if (char === ')' && kind === 'symbol') depth = Math.max(0, depth - 1);
    tokens.push({ kind, text: sql.slice(at, end), start: at, end, depth });
    if (char === '(' && kind === 'symbol') depth += 1;
    at = end;
  }
  return tokens;
}

/** The tokens that are code: everything but comments. */
export function codeTokens(tokens: readonly SqlToken[]): SqlToken[] {
  return tokens.filter((token) => token.kind !== 'comment');
}

/** Whether a token is the keyword `word` (case-insensitive). */
export function isKeyword(token: SqlToken | undefined, word: string): boolean {
  return token?.kind === 'word' && token.text.toUpperCase() === word;
}

/** A quoted name without its quotes and doubled closers; other tokens as written. */
export function unquotedName(token: SqlToken): string {
  if (token.kind !== 'quoted') return token.text;
  const close = token.text.charAt(token.text.length - 1);
  return token.text
    .slice(1, -1)
    .split(close + close)
    .join(close);
}
