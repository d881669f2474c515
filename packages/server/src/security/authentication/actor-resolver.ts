import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { CurrentUser } from '@superset-ts/shared';
import { anonymousActor } from '../access/actor.js';
import type { RolePermissionCache } from '../access/role-permission-cache.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** The logged-in user as pages and /api/v1/me/ show them, or null when anonymous. */
    currentUser: CurrentUser | null;
  }
}

/**
 * One way of telling who sent a request: a session cookie, a bearer token, a trusted
 * proxy header. It answers the user id it vouches for, or undefined when the request does not
 * carry its kind of credential. A credential that is present but invalid throws (401).
 */
export type Authenticator = (request: FastifyRequest) => Promise<number | undefined>;

/** What resolving an actor needs. */
export interface ActorResolverDeps {
  authenticators: readonly Authenticator[];
  findCurrentUser(userId: number): Promise<CurrentUser | undefined>;
  rolePermissions: RolePermissionCache;
  publicRoleName: string;
}

/**
 * Resolves `request.actor` and `request.currentUser` before routing: the first authenticator
 * that recognises a credential decides the user; a deactivated or deleted user is anonymous.
 */
export function registerActorResolver(app: FastifyInstance, deps: ActorResolverDeps): void {
  // Placeholders so every request object has the same shape; onRequest sets both.
  app.decorateRequest('actor', null as never);
  app.decorateRequest('currentUser', null);
  app.addHook('onRequest', async (request) => {
    // Until a credential is accepted the caller is an anonymous actor without permissions, so
    // an authenticator that rejects a bad credential still leaves every later hook an actor.
    request.actor = anonymousActor(deps.publicRoleName, new Set());
    let userId: number | undefined;
    for (const authenticate of deps.authenticators) {
      userId = await authenticate(request);
      if (userId !== undefined) break;
    }
    const user = userId === undefined ? undefined : await deps.findCurrentUser(userId);
    if (user) {
      request.currentUser = user;
      request.actor = {
        kind: 'user',
        userId: user.id,
        username: user.username,
        roles: user.roles,
        permissions: await deps.rolePermissions.permissionsOf(user.roles),
      };
      return;
    }
    request.currentUser = null;
    request.actor = anonymousActor(
      deps.publicRoleName,
      await deps.rolePermissions.permissionsOf([deps.publicRoleName]),
    );
  });
}
