import type { FastifyInstance } from 'fastify';
import {
  DEFAULT_PAGE_SIZE,
  PERMISSIONS_RESOURCES_API_PATH,
  permissionResourceListQuerySchema,
  type PermissionResource,
} from '@superset-ts/shared';
import { parseListQuery } from '../../app/validation/request-input.js';
import { requirePermission, withAccess } from '../../security/access/route-access.js';
import type { PermissionResourceRow } from './permission.repository.js';

/** What the permissions-resources route needs: the stored pairs, all or one page. */
export interface PermissionRoutesDeps {
  listPermissionResources(page?: {
    page: number;
    pageSize: number;
  }): Promise<{ count: number; rows: PermissionResourceRow[] }>;
}

function present(pair: PermissionResourceRow): PermissionResource {
  return { id: pair.id, permission: { name: pair.permission }, view_menu: { name: pair.viewMenu } };
}

/**
 * FAB's `/api/v1/security/permissions-resources/`: every (permission, view menu) pair with
 * its id, for the role editor's picker. Reading it needs `can_read` on Role.
 */
export function registerPermissionRoutes(app: FastifyInstance, deps: PermissionRoutesDeps): void {
  app.get(
    PERMISSIONS_RESOURCES_API_PATH,
    withAccess(requirePermission('can_read', 'Role')),
    async (request) => {
      const query = parseListQuery(permissionResourceListQuerySchema, request.query);
      const isPaged = query.page !== undefined || query.page_size !== undefined;
      const { count, rows } = await deps.listPermissionResources(
        isPaged
          ? { page: query.page ?? 0, pageSize: query.page_size ?? DEFAULT_PAGE_SIZE }
          : undefined,
      );
      return { count, ids: rows.map((row) => row.id), result: rows.map(present) };
    },
  );
}
