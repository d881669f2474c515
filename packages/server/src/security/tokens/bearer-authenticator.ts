import type { FastifyRequest } from 'fastify';
import type { Authenticator } from '../authentication/actor-resolver.js';
import { InvalidTokenError, type ApiTokens } from './api-tokens.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /**
     * Set on a route that reads a refresh token from the Authorization header itself
     * (`POST /api/v1/security/refresh`); the bearer authenticator leaves such routes alone.
     */
    readsRefreshToken?: boolean;
  }
}

const BEARER_SCHEME = /^bearer(?:\s|$)/i;
const BEARER = /^bearer[ ]+([A-Za-z0-9._~+/=-]+)\s*$/i;

/** Whether the request carries `Authorization: Bearer ...` (other schemes are not ours). */
export function hasBearerToken(request: FastifyRequest): boolean {
  return BEARER_SCHEME.test(request.headers.authorization ?? '');
}

/**
 * The token of an `Authorization: Bearer` header: undefined without one (or with another
 * scheme, e.g. a proxy's Basic), else the token, or InvalidTokenError for a malformed one.
 */
export function bearerTokenOf(request: FastifyRequest): string | undefined {
  if (!hasBearerToken(request)) return undefined;
  const match = BEARER.exec(request.headers.authorization ?? '');
  if (!match?.[1]) throw new InvalidTokenError('The bearer token is malformed.');
  return match[1];
}

/** What the bearer authenticator needs: the token verifier and whether a token still counts. */
export interface BearerAuthenticatorDeps {
  tokens: ApiTokens;
  /** False for a deactivated or deleted user, or a token issued before their password change. */
  acceptsTokenOf(userId: number, issuedAtSeconds: number): Promise<boolean>;
}

/**
 * `Authorization: Bearer <access token>` as an authenticator. A request without the header
 * is not its business; a header with a token that is forged, expired, malformed, a refresh
 * token, a deactivated or deleted user's token, or one issued before the user's password changed
 * is refused with 401 INVALID_TOKEN.
 */
export function createBearerAuthenticator(deps: BearerAuthenticatorDeps): Authenticator {
  return async (request) => {
    if (request.routeOptions.config.readsRefreshToken === true) return undefined;
    const token = bearerTokenOf(request);
    if (token === undefined) return undefined;
    const { userId, issuedAt } = await deps.tokens.verify(token, 'access');
    if (!(await deps.acceptsTokenOf(userId, issuedAt))) throw new InvalidTokenError();
    return userId;
  };
}
