import { hkdfSync, randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import secureSession, { type Session } from '@fastify/secure-session';
import type { Authenticator } from '../../security/authentication/actor-resolver.js';

declare module '@fastify/secure-session' {
  interface SessionData {
    userId: number;
    /** Seconds since the epoch (milliseconds as a fraction) when the user logged in. */
    loggedInAt: number;
    /** Random id of this login, recorded at logout so copies of the cookie stop working. */
    sid: string;
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
  domain?: string | null;
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
 * than PERMANENT_SESSION_LIFETIME is ignored even if a client kept the cookie. The cookie is
 * Secure when SESSION_COOKIE_SECURE says so or when the request arrived over HTTPS.
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
      ...(options.domain ? { domain: options.domain } : {}),
      maxAge: options.lifetimeSeconds,
    },
  });
  if (!options.secure) {
    app.addHook('onRequest', async (request) => {
      if (request.protocol === 'https') request.session.options({ secure: true });
    });
  }
}

/** Starts a fresh session for `userId`: nothing of the anonymous session carries over. */
export function beginUserSession(session: Session, userId: number, nowSeconds: number): void {
  session.regenerate();
  session.set('userId', userId);
  session.set('loggedInAt', nowSeconds);
  session.set('sid', randomBytes(16).toString('hex'));
}

/**
 * Moves a logged-in session's login time to `nowSeconds`, so it survives the password change
 * its user just made (which refuses sessions that began earlier, copies of this cookie too).
 */
export function restampUserSession(session: Session, nowSeconds: number): void {
  session.set('loggedInAt', nowSeconds);
}

/** The parts of a logged-in session that logging out needs, or undefined when there is none. */
export function loggedInSessionOf(
  session: Session,
): { sid: string; loggedInAt: number } | undefined {
  const sid = session.get('sid');
  const loggedInAt = session.get('loggedInAt');
  if (typeof sid !== 'string' || typeof loggedInAt !== 'number') return undefined;
  return { sid, loggedInAt };
}

/** What the session authenticator needs: the lifetime, the logged-out ids, the user's stamp. */
export interface SessionAuthenticatorDeps {
  lifetimeSeconds: number;
  isRevoked(sid: string): Promise<boolean>;
  /** False when the user's password changed (or they were deactivated) after `loggedInAt`. */
  acceptsSessionOf(userId: number, loggedInAt: number): Promise<boolean>;
}

/**
 * The session cookie as an authenticator: the user id it holds, unless the session is older
 * than PERMANENT_SESSION_LIFETIME (a client may keep a cookie past its expiry), has no id, was
 * logged out, or began before the user's password last changed.
 */
export function createSessionAuthenticator(deps: SessionAuthenticatorDeps): Authenticator {
  return async (request) => {
    const userId = request.session.get('userId');
    const current = loggedInSessionOf(request.session);
    if (typeof userId !== 'number' || !current) return undefined;
    if (Date.now() / 1000 - current.loggedInAt >= deps.lifetimeSeconds) return undefined;
    if (await deps.isRevoked(current.sid)) return undefined;
    return (await deps.acceptsSessionOf(userId, current.loggedInAt)) ? userId : undefined;
  };
}
