import type { FastifyInstance } from 'fastify';
import {
  DASHBOARD_API_PATH,
  dashboardCopySchema,
  dashboardCreateSchema,
  dashboardIdsSchema,
  dashboardListQuerySchema,
  dashboardUpdateSchema,
  relatedFieldQuerySchema,
  type RelatedFieldQuery,
  type RelatedFieldResponse,
} from '@superset-ts/shared';
import { parseBody, parseIdParam, parseListQuery } from '../../app/validation/request-input.js';
import { requirePermission, withAccess } from '../../security/access/route-access.js';
import type { DashboardService } from './dashboard.service.js';

const RESOURCE = 'Dashboard';
const canRead = withAccess(requirePermission('can_read', RESOURCE));
const canWrite = withAccess(requirePermission('can_write', RESOURCE));

/** What the dashboard routes call. */
export interface DashboardRouteDeps {
  dashboards: DashboardService;
  relatedOwners(query: RelatedFieldQuery): Promise<RelatedFieldResponse>;
  relatedRoles(query: RelatedFieldQuery): Promise<RelatedFieldResponse>;
}

/** The `id_or_slug` of a path: a non-empty segment (a slug or an id). */
function idOrSlugParam(params: unknown): string {
  const value = (params as { pk?: unknown } | undefined)?.pk;
  return typeof value === 'string' ? value : '';
}

/**
 * Superset's dashboard API (`/api/v1/dashboard/`): `can_read` on Dashboard to list, read, see
 * charts, datasets and favourites, pick owners and roles and mark favourites; `can_write` to
 * create, change, copy and delete. Which dashboards a reader sees is the service's business.
 */
export function registerDashboardRoutes(app: FastifyInstance, deps: DashboardRouteDeps): void {
  const { dashboards } = deps;
  const base = DASHBOARD_API_PATH;
  const one = `${base}:pk`;

  app.get(base, canRead, async (request) => {
    const page = await dashboards.list(
      request.actor,
      parseListQuery(dashboardListQuerySchema, request.query),
    );
    return { count: page.count, ids: page.items.map((item) => item.id), result: page.items };
  });

  app.get(`${base}_info`, canRead, async (request) => {
    const suffix = `|${RESOURCE}`;
    const permissions = [...request.actor.permissions]
      .filter((key) => key.endsWith(suffix))
      .map((key) => key.slice(0, -suffix.length))
      .sort();
    return { permissions };
  });

  app.get(one, canRead, async (request) => {
    const result = await dashboards.get(request.actor, idOrSlugParam(request.params));
    // Opened by slug: the action log still records which dashboard (recent activity).
    request.eventLogSubject = { dashboard_id: result.id };
    return { id: result.id, result };
  });

  app.get(`${one}/charts`, canRead, async (request) => ({
    result: await dashboards.charts(request.actor, idOrSlugParam(request.params)),
  }));

  app.get(`${one}/datasets`, canRead, async (request) => ({
    result: await dashboards.datasets(request.actor, idOrSlugParam(request.params)),
  }));

  app.post(base, canWrite, async (request, reply) => {
    const created = await dashboards.create(
      request.actor,
      parseBody(dashboardCreateSchema, request.body),
    );
    return reply.status(201).send(created);
  });

  app.put(one, canWrite, async (request) => {
    const id = parseIdParam(request.params);
    const body = parseBody(dashboardUpdateSchema, request.body);
    return { id, ...(await dashboards.update(request.actor, id, body)) };
  });

  app.post(`${one}/copy/`, canWrite, async (request) => ({
    result: await dashboards.copy(
      request.actor,
      idOrSlugParam(request.params),
      parseBody(dashboardCopySchema, request.body),
    ),
  }));

  app.delete(one, canWrite, async (request) => {
    await dashboards.delete(request.actor, [parseIdParam(request.params)]);
    return { message: 'OK' };
  });

  app.delete(base, canWrite, async (request) => {
    const ids = parseListQuery(dashboardIdsSchema, request.query);
    await dashboards.delete(request.actor, ids);
    return { message: `Deleted ${ids.length} dashboard${ids.length === 1 ? '' : 's'}` };
  });

  app.get(`${base}favorite_status/`, canRead, async (request) =>
    dashboards.favoriteStatus(request.actor, parseListQuery(dashboardIdsSchema, request.query)),
  );

  app.post(`${one}/favorites/`, canRead, async (request) => {
    await dashboards.addFavorite(request.actor, parseIdParam(request.params));
    return { result: 'OK' };
  });

  app.delete(`${one}/favorites/`, canRead, async (request) => {
    await dashboards.removeFavorite(request.actor, parseIdParam(request.params));
    return { result: 'OK' };
  });

  app.get(`${base}related/owners`, canRead, async (request) =>
    deps.relatedOwners(parseListQuery(relatedFieldQuerySchema, request.query)),
  );

  app.get(`${base}related/roles`, canRead, async (request) =>
    deps.relatedRoles(parseListQuery(relatedFieldQuerySchema, request.query)),
  );
}
