import type { Dialect, EngineClient } from '@superset-ts/engines';
import type { SqlValidationAnnotation } from '@superset-ts/shared';

/** What a validator is told about the SQL it checks. */
export interface SqlValidationContext {
  database: { id: number; name: string; backend: string; engine: string };
  schema: string | null;
  catalog: string | null;
  /** The calling user's name, or null for an anonymous caller. */
  username: string | null;
  dialect: Dialect;
  /** The database's pooled client (statements a validator runs must not change anything). */
  client: EngineClient;
  /** SQLLAB_VALIDATION_TIMEOUT, in milliseconds, for each statement a validator runs. */
  timeoutMs: number;
}

/**
 * A SQL validator (Superset's BaseSQLValidator): checks a script without running it and
 * reports each problem with its line and columns, all 1-based: `start_column` is the first
 * character of the offending word and `end_column` the one just after it. An empty list
 * means the script is valid.
 */
export interface SqlValidator {
  readonly name: string;
  validate(sql: string, context: SqlValidationContext): Promise<SqlValidationAnnotation[]>;
}
