import { z } from 'zod';
import { OAuthProviderError, fetchJson } from './oauth-fetch.js';
import { defaultUserInfoPath, type OAuthProviderConfig } from './oauth-provider.js';

/** The three URLs an authorization-code login uses. */
export interface OAuthEndpoints {
  authorizeUrl: string;
  tokenUrl: string;
  userInfoUrl: string;
}

const discoverySchema = z.object({
  authorization_endpoint: z.string().url(),
  token_endpoint: z.string().url(),
  userinfo_endpoint: z.string().url().optional(),
});

type Discovery = z.infer<typeof discoverySchema>;

function resolveAgainst(url: string, base: string | undefined): string | undefined {
  try {
    return new URL(url, base).toString();
  } catch {
    return undefined;
  }
}

function endpointsFrom(provider: OAuthProviderConfig, discovery: Discovery | undefined) {
  const app = provider.remote_app;
  const base = app.api_base_url;
  const configuredUserInfo =
    typeof app.userinfo_endpoint === 'string' ? app.userinfo_endpoint : undefined;
  const authorizeUrl = app.authorize_url ?? discovery?.authorization_endpoint;
  const tokenUrl = app.access_token_url ?? discovery?.token_endpoint;
  const userInfoUrl =
    (configuredUserInfo && resolveAgainst(configuredUserInfo, base)) ??
    discovery?.userinfo_endpoint ??
    (base ? resolveAgainst(defaultUserInfoPath(provider.name), base) : undefined);
  if (!authorizeUrl || !tokenUrl || !userInfoUrl) {
    throw new OAuthProviderError(
      'OAUTH_LOGIN_FAILED',
      `The OAuth provider "${provider.name}" is missing authorize_url, access_token_url or api_base_url (or a server_metadata_url that gives them).`,
    );
  }
  return { authorizeUrl, tokenUrl, userInfoUrl };
}

/**
 * Resolves each provider's endpoints from `remote_app` (authorize_url, access_token_url,
 * userinfo_endpoint or api_base_url) and, when `server_metadata_url` is set, from the
 * provider's OpenID Connect discovery document, fetched once and kept while it answers.
 */
export function createOAuthEndpointResolver() {
  const discoveries = new Map<string, Promise<Discovery>>();

  const discover = (url: string): Promise<Discovery> => {
    let pending = discoveries.get(url);
    if (!pending) {
      pending = fetchJson(url, { method: 'GET' }).then((body) => {
        const parsed = discoverySchema.safeParse(body);
        if (!parsed.success) {
          throw new OAuthProviderError('OAUTH_LOGIN_FAILED', `${url}: not a discovery document`);
        }
        return parsed.data;
      });
      discoveries.set(url, pending);
      // A failed fetch is tried again at the next login.
      pending.catch(() => discoveries.delete(url));
    }
    return pending;
  };

  return {
    async endpointsOf(provider: OAuthProviderConfig): Promise<OAuthEndpoints> {
      const metadataUrl = provider.remote_app.server_metadata_url;
      return endpointsFrom(provider, metadataUrl ? await discover(metadataUrl) : undefined);
    },
  };
}

export type OAuthEndpointResolver = ReturnType<typeof createOAuthEndpointResolver>;
