import { z } from 'zod';
import {
  MSSQL,
  MariaSQL,
  MySQL,
  PLSQL,
  PostgreSQL,
  SQLite,
  StandardSQL,
  type SQLDialect,
} from '@codemirror/lang-sql';

const sqlLabDatabaseSchema = z.object({
  id: z.number().int(),
  database_name: z.string(),
  backend: z.string().optional().default(''),
  allow_run_async: z.boolean().optional().default(false),
  allow_dml: z.boolean().optional().default(false),
  allows_cost_estimate: z.boolean().optional().default(false),
  expose_in_sqllab: z.boolean().optional().default(true),
  disable_data_preview: z.boolean().optional().default(false),
});

/** A database as SQL Lab uses it: what may run there and how. */
export type SqlLabDatabase = z.infer<typeof sqlLabDatabaseSchema>;

/**
 * The databases of SQL Lab's bootstrap that are exposed in SQL Lab, by name. Entries that
 * cannot be read are left out rather than breaking the editor.
 */
export function readSqlLabDatabases(
  databases: Record<string, Record<string, unknown>>,
): SqlLabDatabase[] {
  return Object.values(databases)
    .flatMap((raw) => {
      const parsed = sqlLabDatabaseSchema.safeParse(raw);
      return parsed.success && parsed.data.expose_in_sqllab ? [parsed.data] : [];
    })
    .sort((a, b) => a.database_name.localeCompare(b.database_name));
}

const DIALECTS: Readonly<Record<string, SQLDialect>> = {
  postgresql: PostgreSQL,
  postgres: PostgreSQL,
  redshift: PostgreSQL,
  mysql: MySQL,
  mariadb: MariaSQL,
  mssql: MSSQL,
  sqlite: SQLite,
  oracle: PLSQL,
};

/** The editor's SQL dialect for a backend (Superset's `backend` names); standard SQL otherwise. */
export function dialectOf(backend: string | undefined): SQLDialect {
  return (backend && DIALECTS[backend]) || StandardSQL;
}

/** Superset's row limits offered in the dropdown (DEFAULT_SQLLAB_LIMIT is 1000). */
export const QUERY_LIMIT_OPTIONS = [10, 100, 1000, 10_000, 100_000] as const;
export const DEFAULT_QUERY_LIMIT = 1000;
