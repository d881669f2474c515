import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { CSRF_HEADER_NAME, SECURITY_API_PATHS, SERVER_PATHS } from '@superset-ts/shared';

/** A browser's view of one session: its cookie and a CSRF token of that session. */
export interface SessionClient {
  cookie: string;
  csrfToken: string;
}

/** The `name=value` pair of the session cookie a response set, or undefined. */
function setSessionCookie(response: LightMyRequestResponse): string | undefined {
  const header = response.headers['set-cookie'];
  const all = Array.isArray(header) ? header : header === undefined ? [] : [header];
  return all.find((line) => line.startsWith('session='))?.split(';')[0];
}

/**
 * What the web app does before a state-changing request: asks for a CSRF token with its
 * cookie (none for a first visit). Asking may start or update the session, so the cookie to
 * send afterwards is returned with the token.
 */
export async function fetchCsrfToken(
  app: FastifyInstance,
  cookie = '',
  remoteAddress?: string,
): Promise<SessionClient> {
  const response = await app.inject({
    method: 'GET',
    url: SECURITY_API_PATHS.csrfToken,
    headers: cookie ? { cookie } : {},
    ...(remoteAddress ? { remoteAddress } : {}),
  });
  if (response.statusCode !== 200) throw new Error(`csrf_token answered ${response.statusCode}`);
  return {
    cookie: setSessionCookie(response) ?? cookie,
    csrfToken: response.json<{ result: string }>().result,
  };
}

/**
 * Posts the login form as the browser does (CSRF token first). Returns the answer and the
 * session cookie it set ('' when it set none).
 */
export async function submitLoginForm(
  app: FastifyInstance,
  body: Record<string, unknown>,
  options: { query?: string; remoteAddress?: string } = {},
): Promise<{ response: LightMyRequestResponse; cookie: string }> {
  const anonymous = await fetchCsrfToken(app, '', options.remoteAddress);
  const response = await app.inject({
    method: 'POST',
    url: `${SERVER_PATHS.loginApi}${options.query ?? ''}`,
    headers: { cookie: anonymous.cookie, [CSRF_HEADER_NAME]: anonymous.csrfToken },
    payload: body,
    ...(options.remoteAddress ? { remoteAddress: options.remoteAddress } : {}),
  });
  return { response, cookie: setSessionCookie(response) ?? '' };
}

/** Logs in through the form and returns the logged-in session with a CSRF token of it. */
export async function loginAs(
  app: FastifyInstance,
  username: string,
  password: string,
): Promise<SessionClient> {
  const { response, cookie } = await submitLoginForm(app, { username, password });
  if (response.statusCode !== 200) throw new Error(`login answered ${response.statusCode}`);
  return fetchCsrfToken(app, cookie);
}

/** Headers that act as one browser: its session cookie and, when CSRF is on, a token. */
export type BrowserHeaders = Record<string, string>;

/**
 * `headers` plus what the web app adds before a state-changing request: a CSRF token of the
 * session (and the session cookie, which asking may have started or refreshed). Without the
 * CSRF endpoint (404, CSRF off) the headers go out as they are.
 */
export async function withCsrfToken(
  app: FastifyInstance,
  headers: BrowserHeaders = {},
): Promise<BrowserHeaders> {
  const response = await app.inject({
    method: 'GET',
    url: SECURITY_API_PATHS.csrfToken,
    headers,
  });
  if (response.statusCode === 404) return headers;
  if (response.statusCode !== 200) throw new Error(`csrf_token answered ${response.statusCode}`);
  const cookie = setSessionCookie(response) ?? headers.cookie;
  return {
    ...headers,
    ...(cookie ? { cookie } : {}),
    'x-csrftoken': response.json<{ result: string }>().result,
  };
}

/** Logs in through the login form and returns the browser headers of that session. */
export async function loginHeaders(
  app: FastifyInstance,
  username: string,
  password: string,
): Promise<BrowserHeaders> {
  const response = await app.inject({
    method: 'POST',
    url: SERVER_PATHS.loginApi,
    headers: await withCsrfToken(app),
    payload: { username, password },
  });
  const cookie = setSessionCookie(response);
  if (response.statusCode !== 200 || !cookie) {
    throw new Error(`login as ${username} answered ${response.statusCode}: ${response.body}`);
  }
  return withCsrfToken(app, { cookie });
}
