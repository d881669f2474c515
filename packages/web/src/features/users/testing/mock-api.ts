import { vi } from 'vitest';
import { resetCsrfToken } from '../../../api/json-request';

/** One request the page made: method, path with query, headers and parsed JSON body. */
export interface RecordedRequest {
  method: string;
  url: string;
  headers: Headers;
  body: unknown;
}

/** An answer: status and JSON body. */
export interface MockAnswer {
  status?: number;
  body: unknown;
}

type Handler = (request: RecordedRequest) => MockAnswer;

/**
 * Replaces `fetch` with a small router: `"GET /api/v1/security/users/"` (path without the
 * query) -> handler. Unknown requests answer 404. Every request is recorded, and the CSRF
 * endpoint answers a fixed token unless a handler overrides it.
 */
export function mockApi(routes: Record<string, Handler>) {
  const requests: RecordedRequest[] = [];
  resetCsrfToken();
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const method = init?.method ?? 'GET';
    const body: unknown = typeof init?.body === 'string' ? JSON.parse(init.body) : undefined;
    const request = { method, url, headers: new Headers(init?.headers), body };
    requests.push(request);
    const path = url.split('?')[0] ?? url;
    const csrfToken: Handler = () => ({ body: { result: 'csrf-1' } });
    const handler: Handler | undefined =
      routes[`${method} ${path}`] ??
      (path === '/api/v1/security/csrf_token/' ? csrfToken : undefined);
    const answer: MockAnswer = handler
      ? handler(request)
      : { status: 404, body: { message: 'Not found.', errors: [] } };
    return new Response(JSON.stringify(answer.body), {
      status: answer.status ?? 200,
      headers: { 'Content-Type': 'application/json' },
    });
  });
  vi.stubGlobal('fetch', fetchMock);
  return {
    requests,
    /** The requests other than the CSRF token fetch, as `METHOD path`. */
    calls: () =>
      requests
        .filter((request) => !request.url.startsWith('/api/v1/security/csrf_token/'))
        .map((request) => `${request.method} ${request.url.split('?')[0] ?? ''}`),
  };
}

/** Decodes the Rison `q` of a recorded request (for assertions on the list query). */
export function queryOf(request: RecordedRequest | undefined): string {
  const q = new URL(request?.url ?? '/', 'http://x').searchParams.get('q');
  return q ?? '';
}
