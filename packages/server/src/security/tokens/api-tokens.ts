import { hkdfSync, randomUUID } from 'node:crypto';
import { SignJWT, errors as joseErrors, jwtVerify } from 'jose';
import { AppError } from '../../errors/app-error.js';

/** An access token authenticates API requests; a refresh token only mints access tokens. */
export type ApiTokenType = 'access' | 'refresh';

/** What a verified token vouches for. */
export interface VerifiedApiToken {
  userId: number;
  type: ApiTokenType;
  /** True for an access token from a password login, false for one from a refresh. */
  isFresh: boolean;
  /** The `iat` claim: seconds since the epoch, with milliseconds as a fraction. */
  issuedAt: number;
}

/** Settings of the token issuer: SECRET_KEY and the JWT_*_TOKEN_EXPIRES lifetimes. */
export interface ApiTokenOptions {
  secretKey: string;
  accessLifetimeSeconds: number;
  refreshLifetimeSeconds: number;
  /** Seconds since the epoch (fractional: `iat` keeps milliseconds); tests pass a fake clock. */
  nowSeconds?: () => number;
}

const ALGORITHM = 'HS256';

/**
 * API tokens are signed with a key derived from SECRET_KEY under their own label, so neither
 * SECRET_KEY nor the session cookie key can verify or forge one.
 */
export function deriveApiTokenKey(secretKey: string): Uint8Array {
  return new Uint8Array(hkdfSync('sha256', secretKey, 'superset-ts', 'api-token-v1', 32));
}

/** The token error every rejected bearer or refresh token answers with (401). */
export class InvalidTokenError extends AppError {
  constructor(message?: string) {
    super('INVALID_TOKEN', message);
  }
}

/**
 * Issues and verifies the JWTs of Flask-AppBuilder's security API (HS256; claims `sub` as the
 * user id in text, `type`, `jti`, `iat`, `exp`, `fresh`). Verification accepts only HS256
 * with our key, an unexpired `exp`, and the expected `type`.
 */
export function createApiTokens(options: ApiTokenOptions) {
  const key = deriveApiTokenKey(options.secretKey);
  // Milliseconds are kept so a token can be told apart from a password change in its second.
  const nowSeconds = options.nowSeconds ?? (() => Date.now() / 1000);
  const lifetimes: Record<ApiTokenType, number> = {
    access: options.accessLifetimeSeconds,
    refresh: options.refreshLifetimeSeconds,
  };

  return {
    /** A signed token of `type` for `userId`. */
    async issue(userId: number, type: ApiTokenType, isFresh = false): Promise<string> {
      const issuedAt = nowSeconds();
      return new SignJWT({ type, fresh: type === 'access' && isFresh })
        .setProtectedHeader({ alg: ALGORITHM, typ: 'JWT' })
        .setSubject(String(userId))
        .setJti(randomUUID())
        .setIssuedAt(issuedAt)
        .setExpirationTime(issuedAt + lifetimes[type])
        .sign(key);
    },

    /** The token's claims, or InvalidTokenError when it is not a valid token of `type`. */
    async verify(token: string, type: ApiTokenType): Promise<VerifiedApiToken> {
      let payload: Record<string, unknown>;
      try {
        ({ payload } = await jwtVerify(token, key, {
          algorithms: [ALGORITHM],
          currentDate: new Date(nowSeconds() * 1000),
          requiredClaims: ['sub', 'exp', 'iat', 'jti'],
        }));
      } catch (error) {
        if (error instanceof joseErrors.JWTExpired) {
          throw new InvalidTokenError('The token has expired.');
        }
        throw new InvalidTokenError();
      }
      const userId = Number(payload.sub);
      if (payload.type !== type || !Number.isSafeInteger(userId) || userId <= 0) {
        throw new InvalidTokenError(
          payload.type === 'refresh' || payload.type === 'access'
            ? `A ${String(payload.type)} token cannot be used here.`
            : undefined,
        );
      }
      return { userId, type, isFresh: payload.fresh === true, issuedAt: Number(payload.iat) };
    },
  };
}

export type ApiTokens = ReturnType<typeof createApiTokens>;
