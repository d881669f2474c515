import type { FastifyInstance, FastifyRequest } from 'fastify';
import {
  DASHBOARD_API_PATH,
  dashboardPermalinkPath,
  dashboardPermalinkStateSchema,
} from '@superset-ts/shared';
import { parseBody } from '../../app/validation/request-input.js';
import { AppError } from '../../errors/app-error.js';
import { requirePermission, withAccess } from '../../security/access/route-access.js';
import type { DashboardPermalinkService } from './dashboard-permalink.service.js';

const canRead = withAccess(requirePermission('can_read', 'DashboardPermalinkRestApi'));
const canWrite = withAccess(requirePermission('can_write', 'DashboardPermalinkRestApi'));

/** A path parameter that is short and URL-safe, or a 404 so junk never reaches a lookup. */
function safeParam(params: unknown, name: string): string {
  const value = (params as Record<string, unknown> | undefined)?.[name];
  if (typeof value !== 'string' || !/^[A-Za-z0-9_-]{1,255}$/.test(value)) {
    throw new AppError('RESOURCE_NOT_FOUND');
  }
  return value;
}

/** Where the caller reached this server (honouring trusted proxy headers). */
function originOf(request: FastifyRequest): string {
  return `${request.protocol}://${request.host}`;
}

/**
 * Superset's DashboardPermalinkRestApi: `POST /api/v1/dashboard/{id_or_slug}/permalink`
 * (`can_write`) answers `{key, url}`; `GET /api/v1/dashboard/permalink/{key}` (`can_read`)
 * answers `{dashboardId, state}`.
 */
export function registerDashboardPermalinkRoutes(
  app: FastifyInstance,
  permalinks: DashboardPermalinkService,
): void {
  app.post(`${DASHBOARD_API_PATH}:pk/permalink`, canWrite, async (request, reply) => {
    const state = parseBody(dashboardPermalinkStateSchema, request.body);
    const key = await permalinks.create(request.actor, safeParam(request.params, 'pk'), state);
    return reply
      .status(201)
      .send({ key, url: `${originOf(request)}${dashboardPermalinkPath(key)}` });
  });

  app.get(`${DASHBOARD_API_PATH}permalink/:key`, canRead, async (request) =>
    permalinks.get(request.actor, safeParam(request.params, 'key')),
  );
}
