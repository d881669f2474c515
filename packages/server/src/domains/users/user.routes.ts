import type { FastifyInstance } from 'fastify';
import {
  USERS_API_PATH,
  userCreateSchema,
  userListQuerySchema,
  userUpdateSchema,
} from '@superset-ts/shared';
import { parseBody, parseIdParam, parseListQuery } from '../../app/validation/request-input.js';
import { requirePermission, withAccess } from '../../security/access/route-access.js';
import { presentUser } from './user.presenter.js';
import type { UserService } from './user.service.js';

const canRead = withAccess(requirePermission('can_read', 'User'));
const canWrite = withAccess(requirePermission('can_write', 'User'));

/**
 * FAB's users API (`/api/v1/security/users/`), Admin-only through `can_read`/`can_write` on
 * User. Routes translate HTTP to the users service, which holds the rules.
 */
export function registerUserRoutes(app: FastifyInstance, users: UserService): void {
  const one = `${USERS_API_PATH}:pk`;

  app.get(USERS_API_PATH, canRead, async (request) => {
    const page = await users.list(parseListQuery(userListQuerySchema, request.query));
    return {
      count: page.count,
      ids: page.users.map((user) => user.id),
      result: page.users.map(presentUser),
    };
  });

  app.get(one, canRead, async (request) => {
    const user = await users.get(parseIdParam(request.params));
    return { id: user.id, result: presentUser(user) };
  });

  app.post(USERS_API_PATH, canWrite, async (request, reply) => {
    const user = await users.create(request.actor, parseBody(userCreateSchema, request.body));
    return reply.status(201).send({ id: user.id, result: presentUser(user) });
  });

  app.put(one, canWrite, async (request) => {
    const id = parseIdParam(request.params);
    const user = await users.update(request.actor, id, parseBody(userUpdateSchema, request.body));
    return { id: user.id, result: presentUser(user) };
  });

  app.delete(one, canWrite, async (request) => {
    await users.delete(request.actor, parseIdParam(request.params));
    return { message: 'OK' };
  });
}
