import type { FastifyInstance } from 'fastify';
import {
  DATABASES_API_PATH,
  SQLLAB_API_PATH,
  estimateSqlSchema,
  formatSqlSchema,
  validateSqlSchema,
} from '@superset-ts/shared';
import { parseBody, parseIdParam } from '../../app/validation/request-input.js';
import { requirePermission, withAccess } from '../../security/access/route-access.js';
import type { SqlToolsService } from './sql-tools.service.js';

/**
 * `POST /api/v1/sqllab/format_sql/` (`can_format_sql` on SQLLab), `POST
 * /api/v1/sqllab/estimate/` (`can_estimate_query_cost`) and `POST
 * /api/v1/database/{pk}/validate_sql/` (`can_read` on Database, as Superset), each answering
 * `{ result }`.
 */
export function registerSqlToolsRoutes(app: FastifyInstance, tools: SqlToolsService): void {
  app.post(
    `${SQLLAB_API_PATH}format_sql/`,
    withAccess(requirePermission('can_format_sql', 'SQLLab')),
    async (request) => ({
      result: await tools.format(request.actor, parseBody(formatSqlSchema, request.body)),
    }),
  );

  app.post(
    `${SQLLAB_API_PATH}estimate/`,
    withAccess(requirePermission('can_estimate_query_cost', 'SQLLab')),
    async (request) => ({
      result: await tools.estimate(request.actor, parseBody(estimateSqlSchema, request.body)),
    }),
  );

  app.post(
    `${DATABASES_API_PATH}:pk/validate_sql/`,
    withAccess(requirePermission('can_read', 'Database')),
    async (request) => ({
      result: await tools.validate(
        request.actor,
        parseIdParam(request.params),
        parseBody(validateSqlSchema, request.body),
      ),
    }),
  );
}
