import type { FastifyRequest } from 'fastify';

declare module 'fastify' {
  interface FastifyRequest {
    /**
     * The user name a trusted component in front of the app vouched for: Superset's WSGI
     * `REMOTE_USER`. An ADDITIONAL_MIDDLEWARE plugin sets it (for example from a header that
     * your proxy sets and strips from client requests); AUTH_REMOTE_USER reads it.
     */
    remoteUser?: string | undefined;
  }
}

const HEADER_PREFIX = 'HTTP_';

/**
 * Where AUTH_REMOTE_USER_ENV_VAR points, read as Superset reads a WSGI environ variable: a name
 * starting with `HTTP_` is a request header (`HTTP_X_PROXY_REMOTE_USER` is the header
 * `X-Proxy-Remote-User`); any other name (REMOTE_USER by default) is `request.remoteUser`,
 * which only server-side code can set. A header sent more than once is ignored.
 */
export function remoteUserOf(request: FastifyRequest, envVar: string): string | undefined {
  let value: unknown;
  if (envVar.startsWith(HEADER_PREFIX)) {
    const header = envVar.slice(HEADER_PREFIX.length).toLowerCase().replaceAll('_', '-');
    value = request.headers[header];
  } else {
    value = request.remoteUser;
  }
  if (typeof value !== 'string') return undefined;
  const username = value.trim();
  return username.length > 0 ? username : undefined;
}
