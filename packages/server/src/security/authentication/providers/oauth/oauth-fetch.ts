import { AppError } from '../../../../errors/app-error.js';

/**
 * A provider failed: the client sees only the catalogue message; `detail` (what the provider
 * or the network said) is for the server log, as it may name internal hosts.
 */
export class OAuthProviderError extends AppError {
  override readonly name = 'OAuthProviderError';

  constructor(
    code: 'IDENTITY_PROVIDER_UNREACHABLE' | 'OAUTH_LOGIN_FAILED',
    readonly detail: string,
  ) {
    super(code);
  }
}

/** How long one request to an OAuth provider may take. */
const PROVIDER_TIMEOUT_MS = 10_000;

/** A response body as JSON, or as a form (`a=1&b=2`, which GitHub's token endpoint may send). */
function parseBody(text: string, contentType: string | null): unknown {
  if (contentType?.includes('application/x-www-form-urlencoded')) {
    return Object.fromEntries(new URLSearchParams(text));
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return Object.fromEntries(new URLSearchParams(text));
  }
}

/**
 * One request to an OAuth provider, answered as a parsed body. A provider that cannot be
 * reached or times out is IDENTITY_PROVIDER_UNREACHABLE; an error status, or a body naming an
 * `error`, is OAUTH_LOGIN_FAILED. Redirects are not followed, so client secrets and tokens are
 * only ever sent to the configured URL.
 */
export async function fetchJson(url: string, init: RequestInit): Promise<Record<string, unknown>> {
  let response: Response;
  try {
    response = await fetch(url, {
      ...init,
      redirect: 'manual',
      signal: AbortSignal.timeout(PROVIDER_TIMEOUT_MS),
      headers: { Accept: 'application/json', ...init.headers },
    });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new OAuthProviderError('IDENTITY_PROVIDER_UNREACHABLE', `${url}: ${reason}`);
  }
  const body = parseBody(await response.text(), response.headers.get('content-type'));
  const isObject = typeof body === 'object' && body !== null && !Array.isArray(body);
  if (!response.ok || !isObject || 'error' in body) {
    const error = isObject && 'error' in body ? ` error=${JSON.stringify(body.error)}` : '';
    throw new OAuthProviderError(
      'OAUTH_LOGIN_FAILED',
      `${url} answered ${response.status}${error}`,
    );
  }
  return body as Record<string, unknown>;
}
