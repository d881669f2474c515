import { timingSafeEqual } from 'node:crypto';
import type { CurrentUser } from '@superset-ts/shared';
import type { OAuthUserInfoHook } from '../../config/keys/hook-types.js';
import { AppError } from '../../errors/app-error.js';
import type { ExternalLogin } from '../../security/authentication/providers/login-external-user.js';
import {
  accessTokenOf,
  authorizationUrl,
  exchangeCode,
  fetchUserInfo,
} from '../../security/authentication/providers/oauth/oauth-client.js';
import type { OAuthEndpointResolver } from '../../security/authentication/providers/oauth/oauth-endpoints.js';
import { OAuthProviderError } from '../../security/authentication/providers/oauth/oauth-fetch.js';
import {
  findOAuthProvider,
  type OAuthProviderConfig,
} from '../../security/authentication/providers/oauth/oauth-provider.js';
import {
  OAUTH_STATE_LIFETIME_SECONDS,
  type OAuthStateSealer,
} from '../../security/authentication/providers/oauth/oauth-state-cookie.js';
import {
  identityFromUserInfo,
  isEmailAllowed,
} from '../../security/authentication/providers/oauth/oauth-user-info.js';
import { randomToken } from '../../security/authentication/providers/oauth/pkce.js';

/** What OAuth logins need: the providers, the user-info hook, and the pieces that talk to them. */
export interface OAuthLoginServiceDeps {
  providers: readonly OAuthProviderConfig[];
  userInfoHook: OAuthUserInfoHook | null;
  endpoints: OAuthEndpointResolver;
  sealer: OAuthStateSealer;
  externalLogin: ExternalLogin;
  /** Where provider failures are explained for operators (the client sees a generic message). */
  log: { warn(details: object, message: string): void };
}

/** The provider's answer at the callback URL. */
export interface OAuthCallback {
  provider: string;
  code?: string | undefined;
  state?: string | undefined;
  error?: string | undefined;
  /** The sealed pending sign-in from the browser's cookie. */
  sealedState: string | undefined;
}

const nowSeconds = () => Math.floor(Date.now() / 1000);

function isSameState(expected: string, received: string | undefined): boolean {
  if (received === undefined) return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(received);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * AUTH_OAUTH logins with the authorization-code flow: `begin` sends the browser to the
 * provider with a fresh state and PKCE verifier sealed into a cookie; `complete` checks that
 * the answer belongs to this browser's attempt, exchanges the code, reads the user info, maps
 * it (OAUTH_USER_INFO or the defaults) and logs the user in like any external identity.
 */
export function createOAuthLoginService(deps: OAuthLoginServiceDeps) {
  const getProvider = (name: string): OAuthProviderConfig => {
    const provider = findOAuthProvider(deps.providers, name);
    if (!provider)
      throw new AppError('RESOURCE_NOT_FOUND', `No OAuth provider is named "${name}".`);
    return provider;
  };

  /** Runs `work`, explaining a provider failure in the server log before it propagates. */
  const explainingFailures = async <T>(provider: string, work: () => Promise<T>): Promise<T> => {
    try {
      return await work();
    } catch (error) {
      if (error instanceof OAuthProviderError) {
        deps.log.warn({ provider, detail: error.detail }, 'OAuth sign-in failed');
      }
      throw error;
    }
  };

  const finish = async (
    provider: OAuthProviderConfig,
    code: string,
    redirectUri: string,
    codeVerifier: string,
  ) => {
    const endpoints = await deps.endpoints.endpointsOf(provider);
    const tokens = await exchangeCode(provider, endpoints, { code, redirectUri, codeVerifier });
    const claims = await fetchUserInfo(endpoints, accessTokenOf(provider, tokens));
    const identity = await identityFromUserInfo(deps.userInfoHook, provider.name, tokens, claims);
    if (!isEmailAllowed(provider.whitelist, identity.email)) {
      throw new AppError(
        'OAUTH_LOGIN_FAILED',
        'Your e-mail address may not sign in with this provider.',
      );
    }
    return deps.externalLogin.loginExternalUser(identity, {
      hasDirectoryDetails: true,
      canSyncRoles: true,
    });
  };

  return {
    /** Where to send the browser, and the sealed attempt to keep in its cookie. */
    async begin(name: string, request: { redirectUri: string; next: string }) {
      const provider = getProvider(name);
      const endpoints = await explainingFailures(provider.name, () =>
        deps.endpoints.endpointsOf(provider),
      );
      const pending = {
        provider: provider.name,
        state: randomToken(),
        codeVerifier: randomToken(),
        redirectUri: request.redirectUri,
        next: request.next,
        expiresAt: nowSeconds() + OAUTH_STATE_LIFETIME_SECONDS,
      };
      return {
        location: authorizationUrl(provider, endpoints, pending),
        sealedState: deps.sealer.seal(pending),
      };
    },

    /**
     * The logged-in user and where to send them. An answer without this browser's pending
     * attempt, for another provider, expired, or with another state is OAUTH_STATE_INVALID
     * and nothing else happens.
     */
    async complete(callback: OAuthCallback): Promise<{ user: CurrentUser; next: string }> {
      const provider = getProvider(callback.provider);
      const pending = deps.sealer.open(callback.sealedState, nowSeconds());
      if (
        !pending ||
        pending.provider !== provider.name ||
        !isSameState(pending.state, callback.state)
      ) {
        throw new AppError('OAUTH_STATE_INVALID');
      }
      if (callback.error !== undefined || !callback.code) {
        deps.log.warn(
          { provider: provider.name, error: callback.error },
          'OAuth provider refused the sign-in',
        );
        throw new AppError('OAUTH_LOGIN_FAILED');
      }
      const { code } = callback;
      const user = await explainingFailures(provider.name, () =>
        finish(provider, code, pending.redirectUri, pending.codeVerifier),
      );
      return { user, next: pending.next };
    },
  };
}

export type OAuthLoginService = ReturnType<typeof createOAuthLoginService>;
