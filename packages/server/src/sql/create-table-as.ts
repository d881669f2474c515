import type { Dialect } from '@superset-ts/engines';
import { AppError } from '../errors/app-error.js';
import { applyRowLimit } from './row-limit.js';
import type { SqlScript } from './sql-script.js';

/** Superset's `CtasMethod`: the results of the query become a table or a view. */
export type CtasMethod = 'TABLE' | 'VIEW';

/** Where CTAS/CVAS writes, and how. */
export interface CreateTableAsOptions {
  table: string;
  /** The target schema (`force_ctas_schema`, or the schema chosen in the editor); none uses the default. */
  schema?: string | null;
  method: CtasMethod;
  dialect: Dialect;
  /** Rows to keep, applied to the SELECT first; omit for none (`SQLLAB_CTAS_NO_LIMIT`). */
  rowLimit?: number;
}

function requireValidScript(script: SqlScript, method: CtasMethod): void {
  const { statements } = script;
  const last = statements.at(-1);
  if (method === 'VIEW' && (statements.length !== 1 || last?.kind !== 'select')) {
    const found =
      statements.length === 1
        ? 'its statement is not a SELECT'
        : `this query has ${statements.length} statements`;
    throw new AppError(
      'INVALID_CVAS_QUERY_ERROR',
      `CREATE VIEW AS needs a query made of exactly one SELECT statement, but ${found}. Keep only the SELECT and run it again.`,
    );
  }
  if (last?.kind !== 'select') {
    const found =
      last === undefined
        ? 'this query has no statement'
        : `statement ${last.number} is not a SELECT`;
    throw new AppError(
      'INVALID_CTAS_QUERY_ERROR',
      `CREATE TABLE AS needs a query whose last statement is a SELECT, but ${found}. End the query with a SELECT and run it again.`,
    );
  }
}

/**
 * Rewrites a checked script for "CREATE TABLE AS" (CTAS) or "CREATE VIEW AS" (CVAS) and
 * returns its statements in the order to run them; the last is
 * `CREATE TABLE <schema>.<table> AS\n<select>`, quoted for the engine. As in Superset, CTAS
 * needs the script's last statement to be a SELECT (earlier statements run first, unchanged),
 * and CVAS needs the script to be exactly one SELECT. Guard the original script before
 * rewriting it: the CREATE comes from the database's `allow_ctas` / `allow_cvas`, not from DML
 * the user typed.
 */
export function asCreateTable(script: SqlScript, options: CreateTableAsOptions): string[] {
  requireValidScript(script, options.method);
  const statements = script.statements.map((statement) => statement.sql);
  const select = statements.pop() ?? '';
  const limited =
    options.rowLimit === undefined
      ? select
      : applyRowLimit(select, options.rowLimit, options.dialect);
  const target = options.dialect.quoteTable({
    table: options.table,
    schema: options.schema ?? null,
  });
  return [...statements, `CREATE ${options.method} ${target} AS\n${limited}`];
}
