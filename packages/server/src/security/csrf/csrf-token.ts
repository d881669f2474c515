import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Session } from '@fastify/secure-session';

declare module '@fastify/secure-session' {
  interface SessionData {
    /** Random secret the session's CSRF tokens are signed with; new at every login. */
    csrfSecret: string;
  }
}

/** Why a CSRF token was refused, so the answer can say what to do. */
export type CsrfVerdict = 'ok' | 'missing' | 'invalid' | 'expired';

const TOKEN = /^(\d{1,12})\.([A-Za-z0-9_-]{43})$/;
/** Tokens from a server whose clock runs slightly ahead are still accepted. */
const CLOCK_SKEW_SECONDS = 60;

function sign(secret: string, issuedAt: number): Buffer {
  return createHmac('sha256', secret).update(`csrf:${issuedAt}`).digest();
}

/**
 * A CSRF token bound to this session: `<issued-at>.<HMAC of it under the session's secret>`.
 * The secret lives only in the encrypted session cookie, so a token from another session,
 * or made up, does not verify. The session gets a secret on first use.
 */
export function issueCsrfToken(session: Session, nowSeconds: number): string {
  let secret = session.get('csrfSecret');
  if (typeof secret !== 'string' || secret === '') {
    secret = randomBytes(32).toString('base64url');
    session.set('csrfSecret', secret);
  }
  return `${nowSeconds}.${sign(secret, nowSeconds).toString('base64url')}`;
}

/**
 * Checks a token sent back with a request against the session's secret and
 * WTF_CSRF_TIME_LIMIT (null: valid as long as the session).
 */
export function checkCsrfToken(
  session: Session,
  token: string | undefined,
  options: { timeLimitSeconds: number | null; nowSeconds: number },
): CsrfVerdict {
  if (token === undefined || token === '') return 'missing';
  const secret = session.get('csrfSecret');
  const match = TOKEN.exec(token);
  if (typeof secret !== 'string' || secret === '' || !match?.[1] || !match[2]) return 'invalid';
  const issuedAt = Number(match[1]);
  const expected = sign(secret, issuedAt);
  const given = Buffer.from(match[2], 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return 'invalid';
  if (issuedAt > options.nowSeconds + CLOCK_SKEW_SECONDS) return 'invalid';
  const { timeLimitSeconds } = options;
  if (timeLimitSeconds !== null && options.nowSeconds - issuedAt > timeLimitSeconds) {
    return 'expired';
  }
  return 'ok';
}
