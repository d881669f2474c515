import type { FastifyInstance } from 'fastify';
import { HOME_PATH, PAGES, SERVER_PATHS, loginFormSchema } from '@superset-ts/shared';
import { AppError, AuthenticationRequiredError } from '../../errors/app-error.js';
import {
  AUTHENTICATED_ACCESS,
  PUBLIC_ACCESS,
  withAccess,
} from '../../security/access/route-access.js';
import type { SessionService } from './session.service.js';
import { safeRedirectPath } from './safe-redirect.js';

/**
 * Login, logout and "who am I" for session (cookie) authentication with AUTH_DB.
 * Routes only translate HTTP to the session service; the rules live in the service.
 */
export function registerSessionRoutes(app: FastifyInstance, sessions: SessionService): void {
  app.post(SERVER_PATHS.loginApi, withAccess(PUBLIC_ACCESS), async (request, reply) => {
    const parsed = loginFormSchema.safeParse(request.body);
    if (!parsed.success) {
      const problems = parsed.error.issues.map((issue) => issue.message);
      throw new AppError('INVALID_PAYLOAD_SCHEMA_ERROR', problems.join('; '), { problems });
    }
    const user = await sessions.authenticate(parsed.data.username, parsed.data.password);
    request.session.regenerate();
    request.session.set('userId', user.id);
    request.session.set('loggedInAt', Math.floor(Date.now() / 1000));
    const next =
      (request.query as Record<string, unknown>).next ??
      (request.body as Record<string, unknown>).next;
    return reply.send({ result: user, redirect: safeRedirectPath(next, HOME_PATH) });
  });

  app.get(SERVER_PATHS.logout, withAccess(PUBLIC_ACCESS), async (request, reply) => {
    request.session.delete();
    return reply.redirect(PAGES.login.path);
  });

  app.get(SERVER_PATHS.currentUserApi, withAccess(AUTHENTICATED_ACCESS), async (request) => {
    if (!request.currentUser) throw new AuthenticationRequiredError();
    return { result: request.currentUser };
  });
}
