import type { FastifyInstance } from 'fastify';
import { DATASOURCE_API_PATH } from '@superset-ts/shared';
import { parseIdParam } from '../../app/validation/request-input.js';
import { AppError } from '../../errors/app-error.js';
import { requirePermission, withAccess } from '../../security/access/route-access.js';
import type { ColumnValues } from './column-values.service.js';

const canRead = withAccess(requirePermission('can_read', 'Datasource'));

/**
 * Superset's datasource API: `GET {type}/{id}/column/{column}/values/`, the distinct values
 * of a dataset's column for filter pickers (`{result, limit}`). Only `table` datasources
 * exist; the caller must be able to read the dataset's data (403 otherwise).
 */
export function registerDatasourceRoutes(app: FastifyInstance, columnValues: ColumnValues): void {
  app.get(
    `${DATASOURCE_API_PATH}:datasource_type/:pk/column/:column_name/values/`,
    canRead,
    async (request) => {
      const params = request.params as Record<string, string | undefined>;
      if (params.datasource_type !== 'table') {
        throw new AppError(
          'INVALID_PAYLOAD_SCHEMA_ERROR',
          `Invalid datasource type: ${params.datasource_type ?? ''}`,
        );
      }
      const id = parseIdParam(params);
      return columnValues(request.actor, id, params.column_name ?? '');
    },
  );
}
