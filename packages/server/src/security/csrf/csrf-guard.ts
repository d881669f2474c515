import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from '../../errors/app-error.js';
import { hasBearerToken } from '../tokens/bearer-authenticator.js';
import { compileCsrfExemptPaths } from './csrf-exempt-paths.js';
import { checkCsrfToken, type CsrfVerdict } from './csrf-token.js';

/**
 * How the CSRF guard treats a route:
 * - `exempt`: the route neither uses nor starts a session (FAB's token API, which is
 *   csrf-exempt there too);
 * - `login`: a form that starts a session, checked even when the request has none yet, so a
 *   page on another site cannot log a visitor in as someone else.
 * Without a policy a state-changing request is checked when it is made as a user by an ambient
 * credential (the session cookie, or a trusted proxy's header), i.e. by anything but a bearer
 * token.
 */
export type CsrfPolicy = 'exempt' | 'login';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** See CsrfPolicy. */
    csrf?: CsrfPolicy;
  }
}

/** Route options with a CSRF policy added to their config: `withCsrfPolicy(withAccess(...), 'login')`. */
export function withCsrfPolicy<Options extends { config: object }>(
  options: Options,
  policy: CsrfPolicy,
): Options & { config: { csrf: CsrfPolicy } } {
  return { ...options, config: { ...options.config, csrf: policy } };
}

/** WTF_CSRF_ENABLED, WTF_CSRF_EXEMPT_LIST and WTF_CSRF_TIME_LIMIT. */
export interface CsrfGuardOptions {
  isEnabled: boolean;
  exemptPaths: readonly string[];
  timeLimitSeconds: number | null;
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

const REFUSALS: Record<Exclude<CsrfVerdict, 'ok'>, string> = {
  missing:
    'The request has no CSRF token: get one from GET /api/v1/security/csrf_token/ and send it in the X-CSRFToken header.',
  invalid: 'The CSRF token is not valid for this session: get a new one and try again.',
  expired: 'The CSRF token has expired: get a new one and try again.',
};

/** The token a client sent back, in Superset's header or Flask-WTF's other one. */
function csrfTokenOf(request: FastifyRequest): string | undefined {
  const header = request.headers['x-csrftoken'] ?? request.headers['x-csrf-token'];
  return typeof header === 'string' ? header : undefined;
}

/**
 * Refuses state-changing requests (POST, PUT, PATCH, DELETE) made with the session cookie
 * unless they carry a CSRF token of that session: 400 CSRF_TOKEN_INVALID, before the handler
 * changes anything. Requests with a bearer token are not checked (a page on another site
 * cannot add that header), nor anonymous ones without a session, nor WTF_CSRF_EXEMPT_LIST.
 * Runs after the access guard, so a caller who may not use the route hears 401/403 first.
 */
export function registerCsrfGuard(app: FastifyInstance, options: CsrfGuardOptions): void {
  if (!options.isEnabled) return;
  const isExemptPath = compileCsrfExemptPaths(options.exemptPaths);
  const needsToken = (request: FastifyRequest): boolean => {
    if (SAFE_METHODS.has(request.method)) return false;
    const policy = request.routeOptions.config.csrf;
    if (policy === 'exempt' || hasBearerToken(request) || isExemptPath(request.url)) return false;
    const hasUserSession = request.session.get('userId') !== undefined;
    return policy === 'login' || request.actor.kind === 'user' || hasUserSession;
  };
  app.addHook('preHandler', async (request) => {
    if (!needsToken(request)) return;
    const verdict = checkCsrfToken(request.session, csrfTokenOf(request), {
      timeLimitSeconds: options.timeLimitSeconds,
      nowSeconds: Math.floor(Date.now() / 1000),
    });
    if (verdict !== 'ok') throw new AppError('CSRF_TOKEN_INVALID', REFUSALS[verdict]);
  });
}
