import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiRequestError } from './api-request-error';
import { resetCsrfToken } from './json-request';
import { postJson } from './post-json';

const CSRF_URL = '/api/v1/security/csrf_token/';

function jsonResponse(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json' },
  });
}

const csrfRefusal = () =>
  jsonResponse(400, {
    message: 'The CSRF token has expired: get a new one and try again.',
    errors: [{ message: 'expired', error_type: 'CSRF_TOKEN_INVALID', level: 'error' }],
  });

const fetchMock = vi.fn<typeof fetch>();
let issued = 0;

beforeEach(() => {
  issued = 0;
  vi.stubGlobal('fetch', fetchMock);
});

afterEach(() => {
  fetchMock.mockReset();
  resetCsrfToken();
  vi.unstubAllGlobals();
});

/** A server that hands out csrf-1, csrf-2, ... and answers posts with `answers` in turn. */
function serve(...answers: (() => Response)[]) {
  fetchMock.mockImplementation((input) => {
    if (input === CSRF_URL)
      return Promise.resolve(jsonResponse(200, { result: `csrf-${++issued}` }));
    const answer = answers.shift();
    return Promise.resolve(answer ? answer() : jsonResponse(500, {}));
  });
}

const posts = () => fetchMock.mock.calls.filter(([input]) => input !== CSRF_URL);
const tokenSentWith = (call: Parameters<typeof fetch> | undefined) =>
  new Headers(call?.[1]?.headers).get('X-CSRFToken');

describe('postJson', () => {
  it('fetches the CSRF token once and sends it with every post', async () => {
    serve(
      () => jsonResponse(200, { ok: 1 }),
      () => jsonResponse(200, { ok: 2 }),
    );
    expect(await postJson('/a', { x: 1 })).toEqual({ ok: 1 });
    expect(await postJson('/b', { x: 2 })).toEqual({ ok: 2 });
    expect(issued).toBe(1);
    expect(posts().map(tokenSentWith)).toEqual(['csrf-1', 'csrf-1']);
  });

  it('gets a new token and tries once more when the server refuses the token', async () => {
    serve(csrfRefusal, () => jsonResponse(200, { ok: true }));
    expect(await postJson('/a', {})).toEqual({ ok: true });
    expect(posts().map(tokenSentWith)).toEqual(['csrf-1', 'csrf-2']);
  });

  it('gives up with the server message when the new token is refused too', async () => {
    serve(csrfRefusal, csrfRefusal);
    const error = await postJson('/a', {}).catch((reason: unknown) => reason);
    expect(error).toBeInstanceOf(ApiRequestError);
    expect((error as ApiRequestError).status).toBe(400);
    expect(posts()).toHaveLength(2);
  });
});
