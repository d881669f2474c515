import type { EngineClient, EngineRegistry, EngineSpec } from '@superset-ts/engines';
import type { SqlValidationAnnotation } from '@superset-ts/shared';
import type {
  ContextHook,
  SqlValidator as ConfiguredValidator,
} from '../../config/keys/hook-types.js';
import { AppError } from '../../errors/app-error.js';
import type { Actor } from '../../security/access/actor.js';
import { lexicalRulesFor } from '../../sql/lexical-rules.js';
import { splitStatements } from '../../sql/split-statements.js';
import { validatorFor } from '../../sql-validators/validator-registry.js';
import type { DatabaseClients } from '../databases/database-clients.js';
import { engineFactsOf, type StoredDatabase } from '../databases/stored-database.js';
import {
  estimatePostgresStatement,
  formatCostAsText,
  type StatementCost,
} from './postgres-cost.js';
import type { FormatSql, RenderSqlTemplate } from './sql-tools.ports.js';

/** What the SQL tools need, wired at the composition root. */
export interface SqlToolsDeps {
  engines: EngineRegistry;
  clients: DatabaseClients;
  /** A database the actor may use; throws 404 otherwise. */
  getStored(actor: Actor, id: number): Promise<StoredDatabase>;
  formatSql: FormatSql;
  /** Renders templates; null when ENABLE_TEMPLATE_PROCESSING is off (SQL used as written). */
  renderTemplate: RenderSqlTemplate | null;
  /** The ESTIMATE_QUERY_COST feature flag. */
  isCostEstimateEnabled: boolean;
  /** QUERY_COST_FORMATTERS_BY_ENGINE. */
  costFormatters: Readonly<Record<string, ContextHook>>;
  /** SQL_VALIDATORS_BY_ENGINE. */
  validators: Readonly<Record<string, ConfiguredValidator>>;
  /** SQLLAB_QUERY_COST_ESTIMATE_TIMEOUT and SQLLAB_VALIDATION_TIMEOUT, in milliseconds. */
  estimateTimeoutMs: number;
  validationTimeoutMs: number;
}

/** What a run of the tools says about the SQL: where it runs, with what parameters. */
export interface SqlToolRequest {
  sql: string;
  schema?: string | null | undefined;
  catalog?: string | null | undefined;
  template_params?: Record<string, unknown> | undefined;
}

/** Engines this build can estimate, by engine name. */
const ESTIMATORS: Readonly<Record<string, typeof estimatePostgresStatement>> = {
  postgresql: estimatePostgresStatement,
};

interface OpenDatabase {
  stored: StoredDatabase;
  spec: EngineSpec;
  client: EngineClient;
}

/**
 * SQL Lab's helpers around running SQL: formatting, cost estimates and inline validation
 * (Superset's format_sql, estimate and validate_sql), each on a database the caller may use.
 */
export function createSqlToolsService(deps: SqlToolsDeps) {
  const describe = async (actor: Actor, databaseId: number) => {
    const stored = await deps.getStored(actor, databaseId);
    const { spec } = engineFactsOf(deps.engines, stored.record);
    if (!spec) {
      throw new AppError('UNKNOWN_ENGINE_ERROR', 'The engine of this database is not known.');
    }
    return { stored, spec };
  };

  const connect = async (found: Omit<OpenDatabase, 'client'>): Promise<OpenDatabase> => ({
    ...found,
    client: await deps.clients.clientFor(found.stored.record),
  });

  const rendered = async (actor: Actor, db: OpenDatabase, request: SqlToolRequest) => {
    if (!deps.renderTemplate) return request.sql;
    return deps.renderTemplate(request.sql, {
      actor,
      databaseId: db.stored.record.id,
      backend: engineFactsOf(deps.engines, db.stored.record).backend,
      schema: request.schema ?? null,
      catalog: request.catalog ?? null,
      templateParams: request.template_params ?? {},
    });
  };

  const formatCost = (engine: string, rows: StatementCost[]): unknown => {
    const formatter = Object.hasOwn(deps.costFormatters, engine)
      ? deps.costFormatters[engine]
      : undefined;
    return formatter ? formatter({ cost: rows, engine }) : formatCostAsText(rows);
  };

  return {
    /** The SQL pretty-printed in the database's dialect (or the named engine's, or generic SQL). */
    async format(
      actor: Actor,
      body: { sql: string; database_id?: number | undefined; engine?: string | undefined },
    ): Promise<string> {
      let spec: EngineSpec | undefined;
      if (body.database_id !== undefined) {
        const stored = await deps.getStored(actor, body.database_id);
        spec = engineFactsOf(deps.engines, stored.record).spec ?? undefined;
      } else if (body.engine !== undefined) {
        spec = deps.engines.byEngine(body.engine);
      }
      return deps.formatSql(body.sql, spec?.engine ?? null);
    },

    /** Each statement's cost as the engine estimates it, formatted for the editor. */
    async estimate(
      actor: Actor,
      request: SqlToolRequest & { database_id: number },
    ): Promise<unknown> {
      if (!deps.isCostEstimateEnabled) {
        throw new AppError(
          'QUERY_COST_ESTIMATE_UNAVAILABLE_ERROR',
          'Cost estimates are turned off: the ESTIMATE_QUERY_COST feature flag is not set.',
        );
      }
      const found = await describe(actor, request.database_id);
      const estimator = Object.hasOwn(ESTIMATORS, found.spec.engine)
        ? ESTIMATORS[found.spec.engine]
        : undefined;
      if (!estimator) {
        throw new AppError(
          'QUERY_COST_ESTIMATE_UNAVAILABLE_ERROR',
          `${found.spec.engineName} has no cost estimate in this build.`,
        );
      }
      if (!engineFactsOf(deps.engines, found.stored.record).costEstimateEnabled) {
        throw new AppError(
          'QUERY_COST_ESTIMATE_UNAVAILABLE_ERROR',
          'Cost estimates are not enabled for this database: set "cost_estimate_enabled": true in its extra.',
        );
      }
      const db = await connect(found);
      const sql = await rendered(actor, db, request);
      const costs: StatementCost[] = [];
      for (const statement of splitStatements(sql, lexicalRulesFor(db.spec.dialect))) {
        costs.push(
          await estimator(db.client, statement.sql, {
            schema: request.schema ?? null,
            timeoutMs: deps.estimateTimeoutMs,
          }),
        );
      }
      return formatCost(db.spec.engine, costs);
    },

    /** The problems SQL_VALIDATORS_BY_ENGINE's validator finds in the script (none: valid). */
    async validate(
      actor: Actor,
      databaseId: number,
      request: SqlToolRequest,
    ): Promise<SqlValidationAnnotation[]> {
      const found = await describe(actor, databaseId);
      const validator = validatorFor(deps.validators, found.spec.engine);
      const db = await connect(found);
      const sql = await rendered(actor, db, request);
      return validator.validate(sql, {
        database: {
          id: db.stored.record.id,
          name: db.stored.record.database_name,
          backend: engineFactsOf(deps.engines, db.stored.record).backend,
          engine: db.spec.engine,
        },
        schema: request.schema ?? null,
        catalog: request.catalog ?? null,
        username: actor.kind === 'user' ? actor.username : null,
        dialect: db.spec.dialect,
        client: db.client,
        timeoutMs: deps.validationTimeoutMs,
      });
    },
  };
}

/** The SQL tools service, as routes receive it. */
export type SqlToolsService = ReturnType<typeof createSqlToolsService>;
