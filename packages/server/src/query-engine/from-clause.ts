import { AppError } from '../errors/app-error.js';
import { lexicalRulesFor } from '../sql/lexical-rules.js';
import { codeTokens, tokenizeSql } from '../sql/sql-lexer.js';
import type { BuildContext } from './build-context.js';

/** The alias of a virtual dataset's SQL, as Superset's. */
export const VIRTUAL_TABLE_ALIAS = 'virtual_table';

/** A derived table with its alias (Oracle takes no `AS` there). */
export function aliasedSubquery(context: BuildContext, sql: string, alias: string): string {
  return `(\n${sql}\n)${context.family.tableAliasSeparator}${alias}`;
}

/**
 * What a chart query reads from: the physical table (schema-qualified; the catalog is the
 * connection's), or a virtual dataset's SQL as a subquery aliased `virtual_table`. The
 * virtual SQL must already be rendered (Jinja) by the caller; a trailing `;` is dropped and
 * more than one statement is refused.
 */
export function fromClause(context: BuildContext): string {
  const { dataset } = context;
  const sql = dataset.sql?.trim();
  if (!sql)
    return context.dialect.quoteTable({ table: dataset.table_name, schema: dataset.schema });
  const body = sql.replace(/(?:;\s*)+$/, '');
  const tokens = codeTokens(tokenizeSql(body, lexicalRulesFor(context.dialect)));
  if (tokens.some((token) => token.kind === 'symbol' && token.text === ';')) {
    throw new AppError(
      'QUERY_OBJECT_VALIDATION_ERROR',
      'Virtual dataset query cannot consist of multiple statements.',
    );
  }
  return aliasedSubquery(context, body, VIRTUAL_TABLE_ALIAS);
}
