import type { FastifyInstance } from 'fastify';
import {
  CHART_API_PATH,
  chartCreateSchema,
  chartIdsSchema,
  chartListQuerySchema,
  chartUpdateSchema,
  relatedFieldQuerySchema,
  type RelatedFieldQuery,
  type RelatedFieldResponse,
} from '@superset-ts/shared';
import { parseBody, parseIdParam, parseListQuery } from '../../app/validation/request-input.js';
import { requirePermission, withAccess } from '../../security/access/route-access.js';
import type { ChartService } from './chart.service.js';

const canRead = withAccess(requirePermission('can_read', 'Chart'));
const canWrite = withAccess(requirePermission('can_write', 'Chart'));

/** What the chart routes call. */
export interface ChartRouteDeps {
  charts: ChartService;
  relatedOwners(query: RelatedFieldQuery): Promise<RelatedFieldResponse>;
}

/**
 * Superset's chart API (`/api/v1/chart/`): `can_read` on Chart to list, read, see favourites,
 * pick owners and mark favourites; `can_write` to create, change and delete.
 */
export function registerChartRoutes(app: FastifyInstance, deps: ChartRouteDeps): void {
  const { charts } = deps;
  const base = CHART_API_PATH;
  const one = `${base}:pk`;

  app.get(base, canRead, async (request) => {
    const page = await charts.list(
      request.actor,
      parseListQuery(chartListQuerySchema, request.query),
    );
    return { count: page.count, ids: page.items.map((item) => item.id), result: page.items };
  });

  app.get(one, canRead, async (request) => {
    const id = parseIdParam(request.params);
    return { id, result: await charts.get(request.actor, id) };
  });

  app.post(base, canWrite, async (request, reply) => {
    const created = await charts.create(request.actor, parseBody(chartCreateSchema, request.body));
    return reply.status(201).send(created);
  });

  app.put(one, canWrite, async (request) => {
    const id = parseIdParam(request.params);
    const body = parseBody(chartUpdateSchema, request.body);
    return { id, result: await charts.update(request.actor, id, body) };
  });

  app.delete(one, canWrite, async (request) => {
    await charts.delete(request.actor, [parseIdParam(request.params)]);
    return { message: 'OK' };
  });

  app.delete(base, canWrite, async (request) => {
    const ids = parseListQuery(chartIdsSchema, request.query);
    await charts.delete(request.actor, ids);
    return { message: `Deleted ${ids.length} chart${ids.length === 1 ? '' : 's'}` };
  });

  app.get(`${base}favorite_status/`, canRead, async (request) =>
    charts.favoriteStatus(request.actor, parseListQuery(chartIdsSchema, request.query)),
  );

  app.post(`${one}/favorites/`, canRead, async (request) => {
    await charts.addFavorite(request.actor, parseIdParam(request.params));
    return { result: 'OK' };
  });

  app.delete(`${one}/favorites/`, canRead, async (request) => {
    await charts.removeFavorite(request.actor, parseIdParam(request.params));
    return { result: 'OK' };
  });

  app.get(`${base}related/owners`, canRead, async (request) =>
    deps.relatedOwners(parseListQuery(relatedFieldQuerySchema, request.query)),
  );
}
