import type { LexicalRules } from './lexical-rules.js';
import { tokenizeSql, type SqlToken } from './sql-lexer.js';

/** One statement of a script, as written, with where it starts in the script. */
export interface StatementText {
  /** The statement without its semicolon and surrounding whitespace. */
  sql: string;
  /** Offset of `sql` in the script. */
  start: number;
  /** The statement's tokens, offsets relative to `sql`. */
  tokens: SqlToken[];
}

function sliceStatement(script: string, from: number, to: number, rules: LexicalRules) {
  const raw = script.slice(from, to);
  const sql = raw.trim();
  const start = from + raw.length - raw.trimStart().length;
  return { sql, start, tokens: tokenizeSql(sql, rules) };
}

/**
 * Splits a script at every semicolon that is code (not inside a string, a quoted name, a
 * dollar-quoted body or a comment), at any parenthesis depth: a split the engine would not
 * make shows more statements, never fewer. Pieces that hold only comments are dropped, except
 * MySQL's executable `/*! ... *\/` comments, which the engine runs and so are kept.
 */
export function splitStatements(script: string, rules: LexicalRules): StatementText[] {
  const statements: StatementText[] = [];
  let from = 0;
  const separators = tokenizeSql(script, rules).filter(
    (token) => token.kind === 'symbol' && token.text === ';',
  );
  for (const end of [...separators.map((token) => token.start), script.length]) {
    const statement = sliceStatement(script, from, end, rules);
    const hasCode = statement.tokens.some(
      (token) => token.kind !== 'comment' || token.text.startsWith('/*!'),
    );
    if (hasCode) statements.push(statement);
    from = end + 1;
  }
  return statements;
}
