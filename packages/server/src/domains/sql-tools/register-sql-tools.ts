import type { FastifyInstance } from 'fastify';
import type { Config } from '../../config/index.js';
import { isFeatureEnabled } from '../../config/feature-flags.js';
import { AppError } from '../../errors/app-error.js';
import type { DatabasesCapability } from '../databases/register-databases.js';
import type { FormatSql, RenderSqlTemplate } from './sql-tools.ports.js';
import { registerSqlToolsRoutes } from './sql-tools.routes.js';
import { createSqlToolsService } from './sql-tools.service.js';

/** What the SQL tools are built from. */
export interface SqlToolsCapabilityDeps {
  config: Config;
  databases: DatabasesCapability;
  formatSql: FormatSql;
  /**
   * The template renderer, used when ENABLE_TEMPLATE_PROCESSING is on; null while none is
   * wired, in which case a request that would need it is refused rather than run unrendered.
   */
  renderTemplate: RenderSqlTemplate | null;
}

const refuseTemplates: RenderSqlTemplate = () =>
  Promise.reject(
    new AppError(
      'TEMPLATE_RENDER_ERROR',
      'ENABLE_TEMPLATE_PROCESSING is on but this server has no template renderer wired for validation and cost estimates.',
    ),
  );

/** Wires format_sql, estimate and validate_sql from the config and the databases capability. */
export function registerSqlTools(app: FastifyInstance, deps: SqlToolsCapabilityDeps): void {
  const { config, databases } = deps;
  const service = createSqlToolsService({
    engines: databases.engines,
    clients: databases.clients,
    getStored: (actor, id) => databases.databases.getStored(actor, id),
    formatSql: deps.formatSql,
    renderTemplate: isFeatureEnabled(config, 'ENABLE_TEMPLATE_PROCESSING')
      ? (deps.renderTemplate ?? refuseTemplates)
      : null,
    isCostEstimateEnabled: isFeatureEnabled(config, 'ESTIMATE_QUERY_COST'),
    costFormatters: config.QUERY_COST_FORMATTERS_BY_ENGINE,
    validators: config.SQL_VALIDATORS_BY_ENGINE,
    estimateTimeoutMs: config.SQLLAB_QUERY_COST_ESTIMATE_TIMEOUT * 1000,
    validationTimeoutMs: config.SQLLAB_VALIDATION_TIMEOUT * 1000,
  });
  registerSqlToolsRoutes(app, service);
}
