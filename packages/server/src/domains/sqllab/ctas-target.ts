import type { ExecuteSql } from '@superset-ts/shared';
import { AppError } from '../../errors/app-error.js';
import type { DatabaseRecord } from '../databases/database.record.js';
import type { CtasTarget } from './sqllab-ports.js';

/** SQLLAB_CTAS_SCHEMA_NAME_FUNC, called as Superset does with the run's context. */
export type CtasSchemaNameHook = (context: Readonly<Record<string, unknown>>) => unknown;

function timestampSuffix(at: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return [
    at.getUTCFullYear(),
    pad(at.getUTCMonth() + 1),
    pad(at.getUTCDate()),
    pad(at.getUTCHours()),
    pad(at.getUTCMinutes()),
    pad(at.getUTCSeconds()),
  ].join('_');
}

/**
 * Where a CREATE TABLE/VIEW AS run writes, or null for a plain run. The database must allow
 * it (allow_ctas / allow_cvas); its force_ctas_schema wins over SQLLAB_CTAS_SCHEMA_NAME_FUNC,
 * which wins over the schema chosen in the editor. The table name defaults to Superset's
 * `tmp_<user id>_table_<timestamp>`.
 */
export function ctasTargetOf(
  body: ExecuteSql,
  database: DatabaseRecord,
  user: { id: number | null; username: string | null },
  options: { at: Date; schemaNameHook: CtasSchemaNameHook | null },
): CtasTarget | null {
  if (!body.select_as_cta) return null;
  const method = body.ctas_method ?? 'TABLE';
  if (method === 'TABLE' && !database.allow_ctas) {
    throw new AppError(
      'ACCESS_DENIED',
      'This database does not allow CREATE TABLE AS: an administrator can turn on "Allow CREATE TABLE AS".',
    );
  }
  if (method === 'VIEW' && !database.allow_cvas) {
    throw new AppError(
      'ACCESS_DENIED',
      'This database does not allow CREATE VIEW AS: an administrator can turn on "Allow CREATE VIEW AS".',
    );
  }
  const chosen = body.tmp_schema_name || body.schema || null;
  const hooked = options.schemaNameHook?.({
    database: { id: database.id, database_name: database.database_name },
    user: { id: user.id, username: user.username },
    schema: chosen,
    sql: body.sql,
  });
  const schema =
    database.force_ctas_schema || (typeof hooked === 'string' && hooked ? hooked : chosen);
  const table = body.tmp_table_name || `tmp_${user.id ?? 0}_table_${timestampSuffix(options.at)}`;
  return { table, schema, method };
}
