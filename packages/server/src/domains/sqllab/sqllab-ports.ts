import type { Dialect } from '@superset-ts/engines';

/** One statement of a script, classified by the SQL module. */
export interface ParsedStatement {
  sql: string;
  /** A read-only statement (SELECT, WITH ... SELECT, ...), the kind that returns rows. */
  isSelect: boolean;
}

/** Where CREATE TABLE/VIEW AS writes. */
export interface CtasTarget {
  table: string;
  schema: string | null;
  method: 'TABLE' | 'VIEW';
}

/**
 * What execution needs from the SQL module (packages/server/src/sql): parsing with the
 * engine's dialect, the DML guard, row limits applied in SQL, and CTAS/CVAS rewriting.
 */
export interface SqlTools {
  /** Splits and classifies a script; a statement that does not parse counts as not a select. */
  parseScript(sql: string, dialect: Dialect): ParsedStatement[];
  /** Throws DML_NOT_ALLOWED_ERROR (naming the statement) unless every statement is safe. */
  guardScript(sql: string, dialect: Dialect, options: { allowDml: boolean }): void;
  /** The statement with `limit` applied in SQL (a smaller existing limit is kept). */
  applyRowLimit(sql: string, limit: number, dialect: Dialect): string;
  /** The statement's own top-level limit, if any. */
  getRowLimit(sql: string, dialect: Dialect): number | null;
  /** The script rewritten to write its result into `target`; throws INVALID_CTAS/CVAS errors. */
  asCreateTable(sql: string, target: CtasTarget, dialect: Dialect): string;
}

/** What a template sees of the run (Superset's Jinja context for SQL Lab). */
export interface TemplateRunContext {
  user: {
    id: number;
    username: string;
    email: string | null;
    roles: readonly string[];
  } | null;
  templateParams: Record<string, unknown>;
  database: { id: number; backend: string };
  schema: string | null;
  catalog: string | null;
}

/** Renders SQL Lab templates (packages/server/src/templating); throws a 400 AppError. */
export interface SqlTemplateRenderer {
  render(sql: string, context: TemplateRunContext): Promise<string>;
}
