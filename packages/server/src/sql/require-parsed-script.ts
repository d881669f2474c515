import { AppError } from '../errors/app-error.js';
import type { SqlScript } from './sql-script.js';

/**
 * Throws INVALID_SQL_ERROR for the first statement that could not be parsed, with its line
 * and column when the grammar gave them. For callers that need every statement understood,
 * such as a table access check: an unparsed statement's tables are unknown.
 */
export function requireParsedScript(script: SqlScript): void {
  const statement = script.statements.find((candidate) => candidate.kind === 'unparsed');
  if (statement === undefined) return;
  const position = statement.parseError
    ? { line: statement.parseError.line, column: statement.parseError.column }
    : {};
  throw new AppError(
    'INVALID_SQL_ERROR',
    `Statement ${statement.number} ${statement.reason ?? 'could not be parsed'}.`,
    { statement: statement.number, ...position },
  );
}
