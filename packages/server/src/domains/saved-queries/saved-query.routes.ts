import type { FastifyInstance } from 'fastify';
import {
  SAVED_QUERY_API_PATH,
  savedQueryBulkDeleteSchema,
  savedQueryCreateSchema,
  savedQueryListQuerySchema,
  savedQueryUpdateSchema,
} from '@superset-ts/shared';
import { parseBody, parseIdParam, parseListQuery } from '../../app/validation/request-input.js';
import { requirePermission, withAccess } from '../../security/access/route-access.js';
import type { SavedQueryService } from './saved-query.service.js';

const canRead = withAccess(requirePermission('can_read', 'SavedQuery'));
const canWrite = withAccess(requirePermission('can_write', 'SavedQuery'));

/** The legacy Flask-AppBuilder read endpoint external schedulers poll. */
export const LEGACY_SAVED_QUERY_READ_PATH = '/savedqueryviewapi/api/read';

/**
 * Superset's saved query API (`/api/v1/saved_query/`): `can_read` on SavedQuery to list and
 * read, `can_write` to create, change and delete; plus the legacy `api/read` for schedulers.
 */
export function registerSavedQueryRoutes(app: FastifyInstance, service: SavedQueryService): void {
  const base = SAVED_QUERY_API_PATH;
  const one = `${base}:pk`;

  app.get(base, canRead, async (request) => {
    const query = parseListQuery(savedQueryListQuerySchema, request.query);
    const page = await service.list(request.actor, query);
    return { count: page.count, ids: page.items.map((item) => item.id), result: page.items };
  });

  app.get(one, canRead, async (request) => {
    const id = parseIdParam(request.params);
    return { id, result: await service.get(request.actor, id) };
  });

  app.post(base, canWrite, async (request, reply) => {
    const saved = await service.create(
      request.actor,
      parseBody(savedQueryCreateSchema, request.body),
    );
    return reply.status(201).send({ id: saved.id, result: saved });
  });

  app.put(one, canWrite, async (request) => {
    const id = parseIdParam(request.params);
    const body = parseBody(savedQueryUpdateSchema, request.body);
    return { id, result: await service.update(request.actor, id, body) };
  });

  app.delete(one, canWrite, async (request) => {
    await service.delete(request.actor, [parseIdParam(request.params)]);
    return { message: 'OK' };
  });

  app.delete(base, canWrite, async (request) => {
    const ids = parseListQuery(savedQueryBulkDeleteSchema, request.query);
    await service.delete(request.actor, ids);
    return { message: `Deleted ${ids.length} saved quer${ids.length === 1 ? 'y' : 'ies'}` };
  });

  app.get(LEGACY_SAVED_QUERY_READ_PATH, canRead, async (request) =>
    service.legacyRead(request.actor),
  );
}
