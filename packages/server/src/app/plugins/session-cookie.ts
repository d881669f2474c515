import { hkdfSync } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { Authenticator } from '../../security/authentication/actor-resolver.js';
import secureSession from '@fastify/secure-session';

declare module '@fastify/secure-session' {
  interface SessionData {
    userId: number;
    /** Seconds since the epoch when the user logged in. */
    loggedInAt: number;
  }
}

/** Cookie settings of superset_config (SESSION_COOKIE_*, PERMANENT_SESSION_LIFETIME). */
export interface SessionCookieOptions {
  secretKey: string;
  cookieName: string;
  lifetimeSeconds: number;
  httpOnly: boolean;
  secure: boolean;
  sameSite: 'Lax' | 'Strict' | 'None' | null;
}

/** Session cookies are encrypted with a key derived from SECRET_KEY, never with SECRET_KEY itself. */
export function deriveSessionKey(secretKey: string): Buffer {
  return Buffer.from(hkdfSync('sha256', secretKey, 'superset-ts', 'session-cookie-v1', 32));
}

function toCookieSameSite(
  value: SessionCookieOptions['sameSite'],
): 'lax' | 'strict' | 'none' | undefined {
  if (value === null) return undefined;
  return value.toLowerCase() as 'lax' | 'strict' | 'none';
}

/**
 * A signed and encrypted session cookie (like Flask's, but encrypted too). A session older
 * than PERMANENT_SESSION_LIFETIME is ignored even if a client kept the cookie.
 */
export async function registerSessionCookie(
  app: FastifyInstance,
  options: SessionCookieOptions,
): Promise<void> {
  const sameSite = toCookieSameSite(options.sameSite);
  await app.register(secureSession, {
    key: deriveSessionKey(options.secretKey),
    cookieName: options.cookieName,
    expiry: options.lifetimeSeconds,
    cookie: {
      path: '/',
      httpOnly: options.httpOnly,
      secure: options.secure,
      ...(sameSite ? { sameSite } : {}),
      maxAge: options.lifetimeSeconds,
    },
  });
}

/**
 * The session cookie as an authenticator: the user id it holds, unless the session is older
 * than PERMANENT_SESSION_LIFETIME (a client may keep a cookie past its expiry).
 */
export function createSessionAuthenticator(lifetimeSeconds: number): Authenticator {
  return async (request) => {
    const userId = request.session.get('userId');
    const loggedInAt = request.session.get('loggedInAt');
    const isFresh =
      typeof loggedInAt === 'number' && Date.now() / 1000 - loggedInAt < lifetimeSeconds;
    return typeof userId === 'number' && isFresh ? userId : undefined;
  };
}
