import type { FastifyInstance } from 'fastify';
import type { Config } from '../../config/index.js';
import type { MetadataDb } from '../../db/index.js';
import type { RolePermissionCache } from '../../security/access/role-permission-cache.js';
import { hashPassword, verifyPassword } from '../../security/passwords/password-hasher.js';
import { BUILTIN_ROLE_NAMES } from '../../security/roles/builtin-roles.js';
import { createMeService } from '../me/me.service.js';
import { registerMeRoutes } from '../me/me.routes.js';
import { createGrantPolicy } from '../permissions/grant-policy.js';
import { registerPermissionRoutes } from '../permissions/permission.routes.js';
import { createRoleService } from '../roles/role.service.js';
import { registerRoleRoutes } from '../roles/role.routes.js';
import { registerUserRoutes } from './user.routes.js';
import type { UserRepository } from './user.repository.js';
import { createUserService } from './user.service.js';

/** What the user-management routes are built from. */
export interface UserManagementDeps {
  config: Config;
  metadataDb: MetadataDb;
  users: UserRepository;
  /** Cleared after a role's permissions change, so the change applies at once in this process. */
  rolePermissions: RolePermissionCache;
}

/**
 * Wires the security management capability: the users, roles and permissions APIs under
 * `/api/v1/security/` and the current user's `/api/v1/me/roles/` and `PUT /api/v1/me/`.
 */
export function registerUserManagement(app: FastifyInstance, deps: UserManagementDeps): void {
  const { config, metadataDb } = deps;
  const policy = createGrantPolicy({ adminRoleName: config.AUTH_ROLE_ADMIN });
  const roles = createRoleService({
    metadataDb,
    policy,
    protectedRoleNames: new Set([
      ...BUILTIN_ROLE_NAMES,
      config.AUTH_ROLE_ADMIN,
      config.AUTH_ROLE_PUBLIC,
    ]),
    onRolesChanged: () => deps.rolePermissions.clear(),
  });
  registerUserRoutes(app, createUserService({ metadataDb, policy, hashPassword }));
  registerRoleRoutes(app, roles);
  registerPermissionRoutes(app, roles);
  registerMeRoutes(
    app,
    createMeService({
      metadataDb,
      users: deps.users,
      hashPassword,
      verifyPassword,
      isPasswordLogin: config.AUTH_TYPE === 'AUTH_DB',
    }),
  );
}
