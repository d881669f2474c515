import type { FastifyInstance, FastifyRequest } from 'fastify';
import { HOME_PATH } from '@superset-ts/shared';
import { beginUserSession } from '../../app/plugins/session-cookie.js';
import { noteUserLoggedIn } from '../../logging/logged-in-user.js';
import { PUBLIC_ACCESS, withAccess } from '../../security/access/route-access.js';
import {
  OAUTH_STATE_COOKIE,
  OAUTH_STATE_LIFETIME_SECONDS,
} from '../../security/authentication/providers/oauth/oauth-state-cookie.js';
import { safeRedirectPath } from '../session/safe-redirect.js';
import type { OAuthLoginService } from './oauth-login.service.js';

/** Flask-AppBuilder's OAuth URLs: where a login starts, and where the provider answers. */
export const OAUTH_LOGIN_PREFIX = '/login/';
export const OAUTH_CALLBACK_PREFIX = '/oauth-authorized/';

type ProviderParams = { Params: { provider: string } };

function queryText(request: FastifyRequest, name: string): string | undefined {
  const value = (request.query as Record<string, unknown>)[name];
  return typeof value === 'string' ? value : undefined;
}

/** The absolute callback URL for `provider` on the host the browser used. */
function callbackUrl(request: FastifyRequest, provider: string): string {
  return `${request.protocol}://${request.host}${OAUTH_CALLBACK_PREFIX}${encodeURIComponent(provider)}`;
}

/**
 * `GET /login/<provider>` sends the browser to the provider; `GET /oauth-authorized/<provider>`
 * takes its answer, starts a session and sends the user on to `next` (a path on this site).
 * The pending attempt lives in a short-lived, encrypted, HttpOnly cookie scoped to the callback
 * path and is cleared at the callback whatever the outcome, so each attempt is used once.
 */
export function registerOAuthRoutes(
  app: FastifyInstance,
  deps: { service: OAuthLoginService; isCookieSecure: boolean },
): void {
  const cookieOptions = (request: FastifyRequest) => ({
    path: OAUTH_CALLBACK_PREFIX,
    httpOnly: true,
    // Lax still sends it on the provider's top-level redirect back to us.
    sameSite: 'lax' as const,
    secure: deps.isCookieSecure || request.protocol === 'https',
  });

  app.get<ProviderParams>(
    `${OAUTH_LOGIN_PREFIX}:provider`,
    withAccess(PUBLIC_ACCESS),
    async (request, reply) => {
      const { provider } = request.params;
      const next = safeRedirectPath(queryText(request, 'next'), HOME_PATH);
      const { location, sealedState } = await deps.service.begin(provider, {
        redirectUri: callbackUrl(request, provider),
        next,
      });
      reply.setCookie(OAUTH_STATE_COOKIE, sealedState, {
        ...cookieOptions(request),
        maxAge: OAUTH_STATE_LIFETIME_SECONDS,
      });
      return reply.header('Cache-Control', 'no-store').redirect(location);
    },
  );

  app.get<ProviderParams>(
    `${OAUTH_CALLBACK_PREFIX}:provider`,
    withAccess(PUBLIC_ACCESS),
    async (request, reply) => {
      const sealedState = request.cookies[OAUTH_STATE_COOKIE];
      reply.clearCookie(OAUTH_STATE_COOKIE, cookieOptions(request));
      const { user, next } = await deps.service.complete({
        provider: request.params.provider,
        code: queryText(request, 'code'),
        state: queryText(request, 'state'),
        error: queryText(request, 'error'),
        sealedState,
      });
      beginUserSession(request.session, user.id, Date.now() / 1000);
      noteUserLoggedIn(request, user);
      return reply.header('Cache-Control', 'no-store').redirect(safeRedirectPath(next, HOME_PATH));
    },
  );
}
