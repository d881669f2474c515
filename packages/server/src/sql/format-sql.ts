import { loadSqlFormatter } from './load-sql-formatter.js';
import { AppError } from '../errors/app-error.js';
import { formatterLanguage, lexingFor } from './formatter-languages.js';
import { lexicalRulesFor, type LexicalRules } from './lexical-rules.js';
import { tokenizeSql, type SqlToken } from './sql-lexer.js';

const OPERATOR_CHARS = /^[<>=!|&:+\-*/%^~#@?]$/;

/** Adjacent tokens whose meaning changes when a space comes between them: `N'x'`, `1.5e3`, `>=`, `::`. */
function mustStayJoined(first: SqlToken, second: SqlToken): boolean {
  if (first.end !== second.start) return false;
  if (first.kind === 'word' || first.kind === 'number')
    return second.kind !== 'symbol' && second.kind !== 'comment';
  return OPERATOR_CHARS.test(first.text) && OPERATOR_CHARS.test(second.text);
}

/** A comment's text with its whitespace collapsed, since re-indenting a block comment is fine. */
function comparable(token: SqlToken): string {
  return token.kind === 'comment' ? token.text.replace(/\s+/g, ' ').trim() : token.text;
}

/** Whether `after` holds the same tokens as `before`, with the ones that must touch still touching. */
function isSameTokens(before: string, after: string, rules: LexicalRules): boolean {
  const [a, b] = [tokenizeSql(before, rules), tokenizeSql(after, rules)];
  if (a.length !== b.length) return false;
  return a.every((token, index) => {
    const other = b[index];
    const next = a[index + 1];
    const otherNext = b[index + 1];
    if (other === undefined || comparable(token) !== comparable(other)) return false;
    return (
      next === undefined ||
      otherNext === undefined ||
      !mustStayJoined(token, next) ||
      other.end === otherNext.start
    );
  });
}

function formatError(error: unknown): AppError {
  const message = error instanceof Error ? error.message : String(error);
  const position = /line (\d+) column (\d+)/.exec(message);
  const line = Number(position?.[1] ?? 1);
  const column = Number(position?.[2] ?? 1);
  return new AppError(
    'INVALID_SQL_ERROR',
    `The SQL could not be formatted: it could not be read at line ${line}, column ${column}.`,
    { line, column },
  );
}

/**
 * Pretty-prints SQL for "Format SQL" in the engine's dialect (sql-formatter; Superset uses
 * sqlglot). Only whitespace changes: keyword case, string literals and comments stay as
 * written, and if the formatted text would not tokenize to the same strings, names, numbers
 * and comments as the input, the input comes back unchanged rather than altered. Text the
 * formatter cannot read raises INVALID_SQL_ERROR with its line and column.
 */
export function formatSql(sql: string, engine?: string | null): string {
  const language = formatterLanguage(engine);
  let formatted: string;
  try {
    formatted = loadSqlFormatter().format(sql, {
      language,
      keywordCase: 'preserve',
      linesBetweenQueries: 1,
    });
  } catch (error) {
    throw formatError(error);
  }
  return isSameTokens(sql, formatted, lexicalRulesFor(lexingFor(language))) ? formatted : sql;
}
