import { OAuthProviderError, fetchJson } from './oauth-fetch.js';
import type { OAuthEndpoints } from './oauth-endpoints.js';
import { clientKwarg, stringParams, type OAuthProviderConfig } from './oauth-provider.js';
import { pkceChallenge } from './pkce.js';

/**
 * The provider's authorization URL for one sign-in: `client_id`, `redirect_uri`,
 * `response_type=code`, the scope from `client_kwargs.scope`, `state`, a PKCE S256 challenge,
 * and any `authorize_params` from `remote_app`.
 */
export function authorizationUrl(
  provider: OAuthProviderConfig,
  endpoints: OAuthEndpoints,
  request: { redirectUri: string; state: string; codeVerifier: string },
): string {
  const app = provider.remote_app;
  const url = new URL(endpoints.authorizeUrl);
  const scope = clientKwarg(app, 'scope');
  const params: Record<string, string> = {
    ...stringParams(app, 'authorize_params'),
    response_type: 'code',
    client_id: app.client_id,
    redirect_uri: request.redirectUri,
    state: request.state,
    code_challenge: pkceChallenge(request.codeVerifier),
    code_challenge_method: 'S256',
    ...(scope ? { scope } : {}),
  };
  for (const [name, value] of Object.entries(params)) url.searchParams.set(name, value);
  return url.toString();
}

function basicCredentials(clientId: string, secret: string): string {
  // RFC 6749 2.3.1: both parts are form-urlencoded before they are joined.
  const encode = (value: string) => encodeURIComponent(value).replace(/%20/g, '+');
  return Buffer.from(`${encode(clientId)}:${encode(secret)}`).toString('base64');
}

/**
 * Exchanges an authorization code at the token endpoint. The client authenticates as authlib
 * does by default (HTTP Basic), or in the form body when `client_kwargs` says
 * `token_endpoint_auth_method: 'client_secret_post'`; `access_token_params` are added.
 */
export async function exchangeCode(
  provider: OAuthProviderConfig,
  endpoints: OAuthEndpoints,
  request: { code: string; redirectUri: string; codeVerifier: string },
): Promise<Record<string, unknown>> {
  const app = provider.remote_app;
  const isPostAuth = clientKwarg(app, 'token_endpoint_auth_method') === 'client_secret_post';
  const form = new URLSearchParams({
    ...stringParams(app, 'access_token_params'),
    grant_type: 'authorization_code',
    code: request.code,
    redirect_uri: request.redirectUri,
    code_verifier: request.codeVerifier,
    ...(isPostAuth ? { client_id: app.client_id, client_secret: app.client_secret } : {}),
  });
  const headers: Record<string, string> = {
    'Content-Type': 'application/x-www-form-urlencoded',
    ...(isPostAuth
      ? {}
      : { Authorization: `Basic ${basicCredentials(app.client_id, app.client_secret)}` }),
  };
  return fetchJson(endpoints.tokenUrl, { method: 'POST', headers, body: form.toString() });
}

/** The access token in a token response: `token_key` of the provider, else `access_token`. */
export function accessTokenOf(
  provider: OAuthProviderConfig,
  tokens: Record<string, unknown>,
): string {
  const key = provider.token_key ?? 'access_token';
  const token = tokens[key];
  if (typeof token !== 'string' || token.length === 0) {
    throw new OAuthProviderError('OAUTH_LOGIN_FAILED', `the token response has no "${key}"`);
  }
  return token;
}

/** The user-info endpoint's answer for an access token. */
export async function fetchUserInfo(
  endpoints: OAuthEndpoints,
  accessToken: string,
): Promise<Record<string, unknown>> {
  return fetchJson(endpoints.userInfoUrl, {
    method: 'GET',
    headers: { Authorization: `Bearer ${accessToken}` },
  });
}
