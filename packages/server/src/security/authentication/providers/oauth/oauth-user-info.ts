import { z } from 'zod';
import type { OAuthUserInfo, OAuthUserInfoHook } from '../../../../config/keys/hook-types.js';
import type { ExternalIdentity } from '../external-identity.js';
import { OAuthProviderError } from './oauth-fetch.js';

type Claims = Readonly<Record<string, unknown>>;

function text(claims: Claims, ...names: string[]): string {
  for (const name of names) {
    const value = claims[name];
    if (typeof value === 'string' && value.length > 0) return value;
    if (typeof value === 'number') return String(value);
  }
  return '';
}

function textList(claims: Claims, ...names: string[]): string[] {
  for (const name of names) {
    const value = claims[name];
    if (Array.isArray(value))
      return value.filter((item): item is string => typeof item === 'string');
  }
  return [];
}

/** Prefixes a provider-scoped id, as Flask-AppBuilder names such users (`google_1234`). */
function scoped(prefix: string, id: string): string {
  return id ? `${prefix}_${id}` : '';
}

/**
 * Superset's user fields from a provider's user-info answer when OAUTH_USER_INFO is not set.
 * Usernames follow Flask-AppBuilder's built-in getters so users carried over from Superset
 * are found again: `github_<login>`, `google_<id>`, `<provider>_<sub>` for Okta and Auth0,
 * `preferred_username` for Keycloak. Other providers get the OpenID Connect claims:
 * preferred_username (else email, else `<provider>_<sub>`), given_name, family_name, email,
 * and groups (or roles) as role keys.
 */
export function defaultUserInfo(provider: string, claims: Claims): OAuthUserInfo {
  const names = {
    first_name: text(claims, 'given_name', 'first_name'),
    last_name: text(claims, 'family_name', 'last_name'),
    email: text(claims, 'email'),
    role_keys: textList(claims, 'groups', 'roles'),
  };
  switch (provider) {
    case 'github':
    case 'githublocal':
      return { ...names, username: scoped('github', text(claims, 'login')) };
    case 'google':
      return { ...names, username: scoped('google', text(claims, 'id', 'sub')) };
    case 'okta':
    case 'auth0':
      return { ...names, username: scoped(provider, text(claims, 'sub')) };
    default:
      return {
        ...names,
        username:
          text(claims, 'preferred_username', 'username', 'email') ||
          scoped(provider, text(claims, 'sub')),
      };
  }
}

const hookResultSchema = z.object({
  username: z.string().trim().min(1),
  email: z.string().optional().default(''),
  first_name: z.string().optional().default(''),
  last_name: z.string().optional().default(''),
  role_keys: z.array(z.string()).optional().default([]),
});

/**
 * The identity of an OAuth login: OAUTH_USER_INFO's answer when the hook is set (checked,
 * since it is user code), else `defaultUserInfo`. A result without a username fails the login.
 */
export async function identityFromUserInfo(
  hook: OAuthUserInfoHook | null,
  provider: string,
  tokens: Claims,
  claims: Claims,
): Promise<ExternalIdentity> {
  const raw: unknown = hook
    ? await hook(provider, tokens, claims)
    : defaultUserInfo(provider, claims);
  const parsed = hookResultSchema.safeParse(raw);
  if (!parsed.success) {
    throw new OAuthProviderError(
      'OAUTH_LOGIN_FAILED',
      `${hook ? 'OAUTH_USER_INFO' : 'the user info'} gave no usable username for "${provider}"`,
    );
  }
  const { role_keys: groups, ...fields } = parsed.data;
  return { ...fields, groups };
}

/**
 * The provider's `whitelist`: when set, the e-mail address must match one of its regular
 * expressions (Flask-AppBuilder's check), else the login is refused.
 */
export function isEmailAllowed(whitelist: readonly string[] | undefined, email: string): boolean {
  if (!whitelist || whitelist.length === 0) return true;
  return whitelist.some((pattern) => new RegExp(pattern).test(email));
}
