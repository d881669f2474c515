import type { FastifyInstance, onRequestAsyncHookHandler } from 'fastify';
import { SECURITY_API_PATHS, tokenLoginRequestSchema } from '@superset-ts/shared';
import { AppError } from '../../errors/app-error.js';
import { PUBLIC_ACCESS, withAccess } from '../../security/access/route-access.js';
import { withCsrfPolicy } from '../../security/csrf/csrf-guard.js';
import { issueCsrfToken } from '../../security/csrf/csrf-token.js';
import { InvalidTokenError } from '../../security/tokens/api-tokens.js';
import { bearerTokenOf } from '../../security/tokens/bearer-authenticator.js';
import type { SecurityApiService } from './security-api.service.js';

/** What the security API routes need: the service, and the login throttle when on. */
export interface SecurityApiRoutesDeps {
  service: SecurityApiService;
  loginRateLimit?: onRequestAsyncHookHandler | undefined;
}

/**
 * `/api/v1/security/`: API tokens (`login`, `refresh`) and the session's CSRF token. The
 * token routes neither read nor start a session, so they are exempt from CSRF as in
 * Flask-AppBuilder; a login is throttled like the login form.
 */
export function registerSecurityApiRoutes(app: FastifyInstance, deps: SecurityApiRoutesDeps): void {
  const { service, loginRateLimit } = deps;
  const tokenRoute = withCsrfPolicy(withAccess(PUBLIC_ACCESS), 'exempt');

  app.post(
    SECURITY_API_PATHS.login,
    { ...tokenRoute, ...(loginRateLimit ? { onRequest: loginRateLimit } : {}) },
    async (request) => {
      const parsed = tokenLoginRequestSchema.safeParse(request.body);
      if (!parsed.success) {
        const problems = parsed.error.issues.map((issue) => issue.message);
        throw new AppError('INVALID_PAYLOAD_SCHEMA_ERROR', problems.join('; '), { problems });
      }
      return service.login(parsed.data);
    },
  );

  app.post(
    SECURITY_API_PATHS.refresh,
    { config: { ...tokenRoute.config, readsRefreshToken: true } },
    async (request) => {
      const refreshToken = bearerTokenOf(request);
      if (refreshToken === undefined) {
        throw new InvalidTokenError('Send the refresh token as "Authorization: Bearer <token>".');
      }
      return service.refresh(refreshToken);
    },
  );

  app.get(SECURITY_API_PATHS.csrfToken, withAccess(PUBLIC_ACCESS), async (request, reply) => {
    reply.header('Cache-Control', 'no-store');
    return { result: issueCsrfToken(request.session, Math.floor(Date.now() / 1000)) };
  });
}
