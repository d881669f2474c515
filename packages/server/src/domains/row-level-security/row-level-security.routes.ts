import type { FastifyInstance } from 'fastify';
import {
  ROW_LEVEL_SECURITY_API_PATH,
  relatedFieldQuerySchema,
  rlsBulkDeleteSchema,
  rlsListQuerySchema,
  rlsRuleCreateSchema,
  rlsRuleUpdateSchema,
} from '@superset-ts/shared';
import { parseBody, parseIdParam, parseListQuery } from '../../app/validation/request-input.js';
import { requirePermission, withAccess } from '../../security/access/route-access.js';
import type { RlsRuleService } from './row-level-security.service.js';

const canRead = withAccess(requirePermission('can_read', 'Row Level Security'));
const canWrite = withAccess(requirePermission('can_write', 'Row Level Security'));

/**
 * Superset's row level security API (`/api/v1/rowlevelsecurity/`): `can_read` on Row Level
 * Security to list, show and fill the role and dataset pickers, `can_write` to create,
 * change and delete (one, or several with `?q=!(ids)`).
 */
export function registerRowLevelSecurityRoutes(app: FastifyInstance, service: RlsRuleService) {
  const base = ROW_LEVEL_SECURITY_API_PATH;
  const one = `${base}:pk`;

  app.get(base, canRead, async (request) => {
    const page = await service.list(parseListQuery(rlsListQuerySchema, request.query));
    return { count: page.count, ids: page.items.map((item) => item.id), result: page.items };
  });

  app.get(`${base}related/roles`, canRead, async (request) =>
    service.relatedRoles(parseListQuery(relatedFieldQuerySchema, request.query)),
  );

  app.get(`${base}related/tables`, canRead, async (request) =>
    service.relatedTables(parseListQuery(relatedFieldQuerySchema, request.query)),
  );

  app.get(one, canRead, async (request) => {
    const id = parseIdParam(request.params);
    return { id, result: await service.get(id) };
  });

  app.post(base, canWrite, async (request, reply) => {
    const created = await service.create(
      request.actor,
      parseBody(rlsRuleCreateSchema, request.body),
    );
    return reply.status(201).send(created);
  });

  app.put(one, canWrite, async (request) => {
    const id = parseIdParam(request.params);
    return service.update(request.actor, id, parseBody(rlsRuleUpdateSchema, request.body));
  });

  app.delete(one, canWrite, async (request) => {
    await service.delete([parseIdParam(request.params)]);
    return { message: 'OK' };
  });

  app.delete(base, canWrite, async (request) => {
    const ids = parseListQuery(rlsBulkDeleteSchema, request.query);
    await service.delete(ids);
    return { message: `Deleted ${ids.length} rule${ids.length === 1 ? '' : 's'}` };
  });
}
