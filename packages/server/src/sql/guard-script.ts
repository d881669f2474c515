import { ERROR_CATALOGUE } from '@superset-ts/shared';
import { AppError } from '../errors/app-error.js';
import type { SqlScript, SqlStatement } from './sql-script.js';

/** What the database allows. */
export interface GuardOptions {
  /** The database's `allow_dml`: statements that may change data are allowed. */
  allowDml: boolean;
}

/** Whether a statement may run where only reads are allowed. */
export function isReadOnlyStatement(statement: SqlStatement): boolean {
  return statement.kind === 'select' || statement.kind === 'readOnly';
}

/**
 * Refuses a script that may change data on a database that does not allow DML: the first
 * statement that is mutating, or that did not parse (and so cannot be shown to be read-only),
 * is named by its number and reason in a DML_NOT_ALLOWED_ERROR. The database's read-only
 * transaction and role remain the real barrier; this check refuses early with a clear message.
 */
export function guardScript(script: SqlScript, options: GuardOptions): void {
  if (options.allowDml) return;
  const refused = script.statements.find((statement) => !isReadOnlyStatement(statement));
  if (refused === undefined) return;
  throw new AppError(
    'DML_NOT_ALLOWED_ERROR',
    `Statement ${refused.number} ${refused.reason ?? 'may change data'}. ${ERROR_CATALOGUE.DML_NOT_ALLOWED_ERROR.message}`,
    {
      statement: refused.number,
      kind: refused.kind,
      ...(refused.parseError
        ? { line: refused.parseError.line, column: refused.parseError.column }
        : {}),
    },
  );
}
