import type { FastifyInstance } from 'fastify';
import { DATASETS_API_PATH, datasetRelatedQuerySchema } from '@superset-ts/shared';
import { parseListQuery } from '../../app/validation/request-input.js';
import { AppError } from '../../errors/app-error.js';
import { requirePermission, withAccess } from '../../security/access/route-access.js';
import type { DatasetRelated } from './dataset-related.service.js';

const canRead = withAccess(requirePermission('can_read', 'Dataset'));

function columnOf(params: unknown): string {
  return (params as Record<string, string | undefined>).column ?? '';
}

/**
 * The pickers of the dataset list and editor: `related/owners` (also `created_by` and
 * `changed_by`), `related/database` and `distinct/schema`, as FAB answers them
 * (`{count, result: [{value, text}]}`). Other columns are a 404.
 */
export function registerDatasetRelatedRoutes(app: FastifyInstance, related: DatasetRelated): void {
  app.get(`${DATASETS_API_PATH}related/:column`, canRead, async (request) => {
    const query = parseListQuery(datasetRelatedQuerySchema, request.query);
    switch (columnOf(request.params)) {
      case 'owners':
      case 'created_by':
      case 'changed_by':
        return related.owners(query);
      case 'database':
        return related.databases(request.actor, query);
      default:
        throw new AppError('RESOURCE_NOT_FOUND');
    }
  });

  app.get(`${DATASETS_API_PATH}distinct/:column`, canRead, async (request) => {
    const query = parseListQuery(datasetRelatedQuerySchema, request.query);
    if (columnOf(request.params) !== 'schema') throw new AppError('RESOURCE_NOT_FOUND');
    return related.schemas(request.actor, query);
  });
}
