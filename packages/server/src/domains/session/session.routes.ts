import type { FastifyInstance, onRequestAsyncHookHandler } from 'fastify';
import { HOME_PATH, PAGES, SERVER_PATHS, loginFormSchema } from '@superset-ts/shared';
import { AppError, AuthenticationRequiredError } from '../../errors/app-error.js';
import {
  AUTHENTICATED_ACCESS,
  PUBLIC_ACCESS,
  withAccess,
} from '../../security/access/route-access.js';
import { withCsrfPolicy } from '../../security/csrf/csrf-guard.js';
import { beginUserSession, loggedInSessionOf } from '../../app/plugins/session-cookie.js';
import type { SessionService } from './session.service.js';
import { safeRedirectPath } from './safe-redirect.js';

/** What the session routes need: the service, and the login throttle when AUTH_RATE_LIMITED. */
export interface SessionRoutesDeps {
  sessions: SessionService;
  loginRateLimit?: onRequestAsyncHookHandler | undefined;
}

/**
 * Login, logout and "who am I" for session (cookie) authentication with AUTH_DB.
 * Routes only translate HTTP to the session service; the rules live in the service.
 */
export function registerSessionRoutes(app: FastifyInstance, deps: SessionRoutesDeps): void {
  const { sessions, loginRateLimit } = deps;
  const loginOptions = {
    ...withCsrfPolicy(withAccess(PUBLIC_ACCESS), 'login'),
    ...(loginRateLimit ? { onRequest: loginRateLimit } : {}),
  };

  app.post(SERVER_PATHS.loginApi, loginOptions, async (request, reply) => {
    const parsed = loginFormSchema.safeParse(request.body);
    if (!parsed.success) {
      const problems = parsed.error.issues.map((issue) => issue.message);
      throw new AppError('INVALID_PAYLOAD_SCHEMA_ERROR', problems.join('; '), { problems });
    }
    const user = await sessions.authenticate(parsed.data.username, parsed.data.password);
    beginUserSession(request.session, user.id, Date.now() / 1000);
    const next =
      (request.query as Record<string, unknown>).next ??
      (request.body as Record<string, unknown>).next;
    return reply.send({ result: user, redirect: safeRedirectPath(next, HOME_PATH) });
  });

  app.get(SERVER_PATHS.logout, withAccess(PUBLIC_ACCESS), async (request, reply) => {
    await sessions.logout(loggedInSessionOf(request.session));
    request.session.delete();
    return reply.redirect(PAGES.login.path);
  });

  app.get(SERVER_PATHS.currentUserApi, withAccess(AUTHENTICATED_ACCESS), async (request) => {
    if (!request.currentUser) throw new AuthenticationRequiredError();
    return { result: request.currentUser };
  });
}
