import type { FastifyInstance } from 'fastify';
import {
  SERVER_PATHS,
  currentUserPasswordUpdateSchema,
  currentUserUpdateSchema,
} from '@superset-ts/shared';
import { restampUserSession } from '../../app/plugins/session-cookie.js';
import { parseBody } from '../../app/validation/request-input.js';
import { AuthenticationRequiredError } from '../../errors/app-error.js';
import type { Actor } from '../../security/access/actor.js';
import { AUTHENTICATED_ACCESS, withAccess } from '../../security/access/route-access.js';
import { hasBearerToken } from '../../security/tokens/bearer-authenticator.js';
import type { MeService } from './me.service.js';

const authenticated = withAccess(AUTHENTICATED_ACCESS);

function userIdOf(actor: Actor): number {
  if (actor.kind !== 'user') throw new AuthenticationRequiredError();
  return actor.userId;
}

/**
 * The logged-in user's own endpoints beside `GET /api/v1/me/` (session domain): their roles
 * and permissions, and changing their name or password. Any logged-in user may call them.
 */
export function registerMeRoutes(app: FastifyInstance, me: MeService): void {
  const base = SERVER_PATHS.currentUserApi;

  app.get(`${base}roles/`, authenticated, async (request) => ({
    result: await me.myRoles(userIdOf(request.actor)),
  }));

  app.put(base, authenticated, async (request) => ({
    result: await me.updateMe(
      userIdOf(request.actor),
      parseBody(currentUserUpdateSchema, request.body),
    ),
  }));

  app.put(`${base}password`, authenticated, async (request) => {
    const userId = userIdOf(request.actor);
    const changedAt = await me.changePassword(
      userId,
      parseBody(currentUserPasswordUpdateSchema, request.body),
    );
    // The change ends every earlier session but the one that made it (a bearer token's ends).
    if (!hasBearerToken(request) && request.session.get('userId') === userId) {
      restampUserSession(request.session, changedAt.getTime() / 1000);
    }
    return { message: 'OK' };
  });
}
