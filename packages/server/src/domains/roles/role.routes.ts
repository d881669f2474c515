import type { FastifyInstance } from 'fastify';
import {
  ROLES_API_PATH,
  roleCreateSchema,
  roleListQuerySchema,
  rolePermissionsUpdateSchema,
  roleUpdateSchema,
} from '@superset-ts/shared';
import { parseBody, parseIdParam, parseListQuery } from '../../app/validation/request-input.js';
import { requirePermission, withAccess } from '../../security/access/route-access.js';
import { presentRole, presentRolePermission } from './role.presenter.js';
import type { RoleService } from './role.service.js';
import type { RoleRow } from './role.repository.js';

const canRead = withAccess(requirePermission('can_read', 'Role'));
const canWrite = withAccess(requirePermission('can_write', 'Role'));

/**
 * FAB's roles API (`/api/v1/security/roles/`), Admin-only through `can_read`/`can_write` on
 * Role. Routes translate HTTP to the roles service, which holds the rules.
 */
export function registerRoleRoutes(app: FastifyInstance, roles: RoleService): void {
  const present = (role: RoleRow) => presentRole(role, roles.isProtected(role.name));
  const one = `${ROLES_API_PATH}:pk`;

  app.get(ROLES_API_PATH, canRead, async (request) => {
    const query = parseListQuery(roleListQuerySchema, request.query);
    const page = await roles.list(query);
    return {
      count: page.count,
      ids: page.roles.map((role) => role.id),
      result: page.roles.map(present),
    };
  });

  app.get(one, canRead, async (request) => {
    const role = await roles.get(parseIdParam(request.params));
    return { id: role.id, result: present(role) };
  });

  app.post(ROLES_API_PATH, canWrite, async (request, reply) => {
    const role = await roles.create(request.actor, parseBody(roleCreateSchema, request.body));
    return reply.status(201).send({ id: role.id, result: present(role) });
  });

  app.put(one, canWrite, async (request) => {
    const id = parseIdParam(request.params);
    const role = await roles.update(request.actor, id, parseBody(roleUpdateSchema, request.body));
    return { id: role.id, result: present(role) };
  });

  app.delete(one, canWrite, async (request) => {
    await roles.delete(request.actor, parseIdParam(request.params));
    return { message: 'OK' };
  });

  app.get(`${one}/permissions/`, canRead, async (request) => {
    const pairs = await roles.permissionsOf(parseIdParam(request.params));
    return { result: pairs.map(presentRolePermission) };
  });

  app.post(`${one}/permissions`, canWrite, async (request) => {
    const id = parseIdParam(request.params);
    const body = parseBody(rolePermissionsUpdateSchema, request.body);
    await roles.setPermissions(request.actor, id, body.permission_view_menu_ids);
    return { result: { permission_view_menu_ids: body.permission_view_menu_ids } };
  });
}
