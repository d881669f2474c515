import type { FastifyInstance } from 'fastify';
import {
  DASHBOARD_API_PATH,
  dashboardFilterStateBodySchema,
  dashboardFilterStateWriteQuerySchema,
} from '@superset-ts/shared';
import { parseBody, parseIdParam } from '../../app/validation/request-input.js';
import { AppError } from '../../errors/app-error.js';
import { requirePermission, withAccess } from '../../security/access/route-access.js';
import type { FilterStateService } from './filter-state.service.js';

const canRead = withAccess(requirePermission('can_read', 'DashboardFilterStateRestApi'));
const canWrite = withAccess(requirePermission('can_write', 'DashboardFilterStateRestApi'));

/** A key in a path: URL-safe and short, or a 404 so keys cannot be probed with junk. */
function keyParam(params: unknown): string {
  const key = (params as { key?: unknown } | undefined)?.key;
  if (typeof key !== 'string' || !/^[A-Za-z0-9_-]{1,128}$/.test(key)) {
    throw new AppError('RESOURCE_NOT_FOUND');
  }
  return key;
}

function tabIdOf(query: unknown): number | undefined {
  const parsed = dashboardFilterStateWriteQuerySchema.safeParse(query ?? {});
  return parsed.success ? parsed.data.tab_id : undefined;
}

/**
 * Superset's DashboardFilterStateRestApi under `/api/v1/dashboard/{pk}/filter_state`:
 * `can_write` to store, change and delete a state, `can_read` to read one; each also needs
 * the dashboard to be one the caller may see.
 */
export function registerFilterStateRoutes(
  app: FastifyInstance,
  filterStates: FilterStateService,
): void {
  const base = `${DASHBOARD_API_PATH}:pk/filter_state`;
  const one = `${base}/:key`;

  app.post(base, canWrite, async (request, reply) => {
    const { value } = parseBody(dashboardFilterStateBodySchema, request.body);
    const pk = parseIdParam(request.params);
    const key = await filterStates.create(request.actor, pk, value, tabIdOf(request.query));
    return reply.status(201).send({ key });
  });

  app.put(one, canWrite, async (request) => {
    const { value } = parseBody(dashboardFilterStateBodySchema, request.body);
    const pk = parseIdParam(request.params);
    const key = await filterStates.update(
      request.actor,
      pk,
      keyParam(request.params),
      value,
      tabIdOf(request.query),
    );
    return { message: 'Value updated successfully.', key };
  });

  app.get(one, canRead, async (request) => ({
    value: await filterStates.get(
      request.actor,
      parseIdParam(request.params),
      keyParam(request.params),
    ),
  }));

  app.delete(one, canWrite, async (request) => {
    await filterStates.delete(
      request.actor,
      parseIdParam(request.params),
      keyParam(request.params),
    );
    return { message: 'Deleted successfully' };
  });
}
