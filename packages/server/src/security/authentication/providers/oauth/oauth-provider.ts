import type { Config } from '../../../../config/index.js';

/** One OAUTH_PROVIDERS entry, as superset_config declares it. */
export type OAuthProviderConfig = Config['OAUTH_PROVIDERS'][number];

/** The provider's `remote_app` settings (authlib's `register(**remote_app)` keywords). */
export type OAuthRemoteApp = OAuthProviderConfig['remote_app'];

/** A provider's `remote_app` value of `key` when it is an object of strings, else {}. */
export function stringParams(remoteApp: OAuthRemoteApp, key: string): Record<string, string> {
  const value: unknown = remoteApp[key];
  if (typeof value !== 'object' || value === null) return {};
  return Object.fromEntries(
    Object.entries(value).filter(
      (entry): entry is [string, string] => typeof entry[1] === 'string',
    ),
  );
}

/** `client_kwargs[key]` when it is a string. */
export function clientKwarg(remoteApp: OAuthRemoteApp, key: string): string | undefined {
  const value = remoteApp.client_kwargs?.[key];
  return typeof value === 'string' ? value : undefined;
}

/**
 * Where Flask-AppBuilder's built-in user-info getters ask each known provider, relative to
 * `api_base_url`; any other provider is asked at `userinfo` (OpenID Connect's name).
 */
const USER_INFO_PATHS: Readonly<Record<string, string>> = {
  github: 'user',
  githublocal: 'user',
  keycloak: 'openid-connect/userinfo',
  keycloak_before_17: 'openid-connect/userinfo',
};

/** The user-info path used for `provider` when neither the config nor discovery names one. */
export function defaultUserInfoPath(provider: string): string {
  return Object.hasOwn(USER_INFO_PATHS, provider)
    ? (USER_INFO_PATHS[provider] ?? 'userinfo')
    : 'userinfo';
}

/** Finds a provider by name among OAUTH_PROVIDERS. */
export function findOAuthProvider(
  providers: readonly OAuthProviderConfig[],
  name: string,
): OAuthProviderConfig | undefined {
  return providers.find((provider) => provider.name === name);
}
