import { SignJWT, UnsecuredJWT, decodeJwt } from 'jose';
import { describe, expect, it } from 'vitest';
import { createApiTokens, InvalidTokenError } from './api-tokens.js';

const SECRET_KEY = 'test-secret-key-that-is-long-enough-1234567890';

function tokensAt(clock: { now: number }, secretKey = SECRET_KEY) {
  return createApiTokens({
    secretKey,
    accessLifetimeSeconds: 900,
    refreshLifetimeSeconds: 86_400,
    nowSeconds: () => clock.now,
  });
}

async function rejection(promise: Promise<unknown>): Promise<InvalidTokenError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(InvalidTokenError);
  return error as InvalidTokenError;
}

describe('API tokens', () => {
  it('carries the user id as sub, its type, a unique jti, iat, exp and fresh', async () => {
    const clock = { now: 1_900_000_000 };
    const tokens = tokensAt(clock);
    const access = await tokens.issue(42, 'access', true);
    const claims = decodeJwt(access);
    expect(claims).toMatchObject({
      sub: '42',
      type: 'access',
      fresh: true,
      iat: clock.now,
      exp: clock.now + 900,
    });
    expect(decodeJwt(await tokens.issue(42, 'access', true)).jti).not.toBe(claims.jti);
    expect(await tokens.verify(access, 'access')).toEqual({
      userId: 42,
      type: 'access',
      isFresh: true,
      issuedAt: clock.now,
    });
    expect(decodeJwt(await tokens.issue(42, 'refresh')).exp).toBe(clock.now + 86_400);
  });

  it('refuses a token once its lifetime has passed, and not a second before', async () => {
    const clock = { now: 1_900_000_000 };
    const tokens = tokensAt(clock);
    const access = await tokens.issue(7, 'access');
    clock.now += 899;
    await expect(tokens.verify(access, 'access')).resolves.toMatchObject({ userId: 7 });
    clock.now += 1;
    expect((await rejection(tokens.verify(access, 'access'))).message).toMatch(/expired/);
  });

  it('refuses a token signed with another SECRET_KEY, or with SECRET_KEY itself', async () => {
    const clock = { now: 1_900_000_000 };
    const foreign = await tokensAt(clock, 'another-secret-key-that-is-long-enough-0987').issue(
      1,
      'access',
    );
    await rejection(tokensAt(clock).verify(foreign, 'access'));
    const signedWithRawSecret = await new SignJWT({ type: 'access', fresh: true })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('1')
      .setJti('j')
      .setIssuedAt(clock.now)
      .setExpirationTime(clock.now + 60)
      .sign(new TextEncoder().encode(SECRET_KEY));
    await rejection(tokensAt(clock).verify(signedWithRawSecret, 'access'));
  });

  it.each([
    ['garbage', 'not-a-jwt'],
    ['three empty parts', '..'],
    ['a truncated signature', 'TRUNCATE'],
    ['alg none', 'NONE'],
  ])('refuses %s', async (_label, kind) => {
    const clock = { now: 1_900_000_000 };
    const tokens = tokensAt(clock);
    let token = kind;
    if (kind === 'TRUNCATE') token = (await tokens.issue(1, 'access')).slice(0, -4);
    if (kind === 'NONE') {
      token = new UnsecuredJWT({ type: 'access', fresh: true })
        .setSubject('1')
        .setJti('j')
        .setIssuedAt(clock.now)
        .setExpirationTime(clock.now + 60)
        .encode();
    }
    await rejection(tokens.verify(token, 'access'));
  });

  it('refuses a refresh token where an access token is expected, and the reverse', async () => {
    const tokens = tokensAt({ now: 1_900_000_000 });
    const refresh = await tokens.issue(3, 'refresh');
    expect((await rejection(tokens.verify(refresh, 'access'))).message).toMatch(/refresh token/);
    await rejection(tokens.verify(await tokens.issue(3, 'access'), 'refresh'));
    expect(decodeJwt(refresh).fresh).toBe(false);
  });
});
