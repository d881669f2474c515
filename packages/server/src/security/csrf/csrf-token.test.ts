import type { Session } from '@fastify/secure-session';
import { describe, expect, it } from 'vitest';
import { checkCsrfToken, issueCsrfToken } from './csrf-token.js';

/** A stand-in for a session: a plain map behind get/set. */
function fakeSession(): Session {
  const data = new Map<string, unknown>();
  return {
    get: (key: string) => data.get(key),
    set: (key: string, value: unknown) => data.set(key, value),
  } as unknown as Session;
}

const NOW = 1_900_000_000;
const check = (
  session: Session,
  token: string | undefined,
  nowSeconds = NOW,
  limit: number | null = 3600,
) => checkCsrfToken(session, token, { timeLimitSeconds: limit, nowSeconds });

describe('CSRF tokens', () => {
  it('verifies a token issued for the same session', () => {
    const session = fakeSession();
    const token = issueCsrfToken(session, NOW);
    expect(check(session, token)).toBe('ok');
    expect(check(session, issueCsrfToken(session, NOW + 5), NOW + 5)).toBe('ok');
  });

  it("refuses another session's token, a missing token and a tampered one", () => {
    const mine = fakeSession();
    const theirs = fakeSession();
    issueCsrfToken(mine, NOW);
    const token = issueCsrfToken(theirs, NOW);
    expect(check(mine, token)).toBe('invalid');
    expect(check(mine, undefined)).toBe('missing');
    expect(check(mine, '')).toBe('missing');
    const own = issueCsrfToken(mine, NOW);
    expect(check(mine, `${NOW - 1}${own.slice(own.indexOf('.'))}`)).toBe('invalid');
    expect(check(mine, 'nonsense')).toBe('invalid');
  });

  it('refuses every token in a session that never got a secret', () => {
    const token = issueCsrfToken(fakeSession(), NOW);
    expect(check(fakeSession(), token)).toBe('invalid');
  });

  it('expires a token after WTF_CSRF_TIME_LIMIT seconds, or never with null', () => {
    const session = fakeSession();
    const token = issueCsrfToken(session, NOW);
    expect(check(session, token, NOW + 3600)).toBe('ok');
    expect(check(session, token, NOW + 3601)).toBe('expired');
    expect(check(session, token, NOW + 10 * 365 * 86_400, null)).toBe('ok');
  });
});
