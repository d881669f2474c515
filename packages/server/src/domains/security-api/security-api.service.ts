import type {
  CurrentUser,
  TokenLoginRequest,
  TokenLoginResponse,
  TokenRefreshResponse,
} from '@superset-ts/shared';
import { AppError } from '../../errors/app-error.js';
import { InvalidTokenError, type ApiTokens } from '../../security/tokens/api-tokens.js';

/** Checks a username and password with one provider; throws InvalidCredentialsError. */
export type PasswordCheck = (username: string, password: string) => Promise<CurrentUser>;

/** What the token API needs: the credential checks, the token issuer, the user lookup. */
export interface SecurityApiServiceDeps {
  /** AUTH_DB's check, which every AUTH_TYPE accepts, as Flask-AppBuilder does. */
  authenticateDb: PasswordCheck;
  /** AUTH_LDAP's check; undefined when AUTH_TYPE is not AUTH_LDAP or LDAP is not wired. */
  authenticateLdap?: PasswordCheck | undefined;
  isLdapConfigured: boolean;
  tokens: ApiTokens;
  /** False for a deactivated or deleted user, or a token issued before their password change. */
  acceptsTokenOf(userId: number, issuedAtSeconds: number): Promise<boolean>;
}

/**
 * Flask-AppBuilder's token API: a password login answers a fresh access token (and a refresh
 * token when asked), a refresh token answers a new, non-fresh access token.
 */
export function createSecurityApiService(deps: SecurityApiServiceDeps) {
  const checkerFor = (provider: TokenLoginRequest['provider']): PasswordCheck => {
    if (provider === 'db') return deps.authenticateDb;
    if (!deps.isLdapConfigured) {
      throw new AppError(
        'AUTH_PROVIDER_UNAVAILABLE',
        'The "ldap" provider needs AUTH_TYPE = AUTH_LDAP; use provider "db".',
      );
    }
    if (!deps.authenticateLdap) {
      throw new AppError('AUTH_PROVIDER_UNAVAILABLE', 'LDAP is not configured.');
    }
    return deps.authenticateLdap;
  };

  return {
    async login(request: TokenLoginRequest): Promise<TokenLoginResponse> {
      const user = await checkerFor(request.provider)(request.username, request.password);
      const accessToken = await deps.tokens.issue(user.id, 'access', true);
      if (request.refresh !== true) return { access_token: accessToken };
      return {
        access_token: accessToken,
        refresh_token: await deps.tokens.issue(user.id, 'refresh'),
      };
    },

    async refresh(refreshToken: string): Promise<TokenRefreshResponse> {
      const { userId, issuedAt } = await deps.tokens.verify(refreshToken, 'refresh');
      if (!(await deps.acceptsTokenOf(userId, issuedAt))) throw new InvalidTokenError();
      return { access_token: await deps.tokens.issue(userId, 'access', false) };
    },
  };
}

export type SecurityApiService = ReturnType<typeof createSecurityApiService>;
