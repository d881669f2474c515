import type { Actor } from '../../security/access/actor.js';

/**
 * Renders a script's Jinja template for a database (ENABLE_TEMPLATE_PROCESSING), with the
 * editor's template parameters; throws a 400 AppError when the template is wrong.
 */
export type RenderSqlTemplate = (
  sql: string,
  context: {
    actor: Actor;
    databaseId: number;
    backend: string;
    schema: string | null;
    catalog: string | null;
    templateParams: Record<string, unknown>;
  },
) => Promise<string>;

/** Pretty-prints SQL for an engine (the sql module's formatSql); null engine: generic SQL. */
export type FormatSql = (sql: string, engine: string | null) => string;
