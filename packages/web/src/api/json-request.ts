import { ApiRequestError, toApiRequestError } from './api-request-error';

/** A 400 whose body names the invalid fields (`errors[0].extra.fields`), for forms to show. */
export class ApiValidationError extends ApiRequestError {
  constructor(
    message: string,
    status: number,
    /** Field name -> its problems, as the server's request validation lists them. */
    readonly fields: Readonly<Record<string, readonly string[]>>,
  ) {
    super(message, status);
    this.name = 'ApiValidationError';
  }
}

async function toRequestError(response: Response): Promise<ApiRequestError> {
  const body = (await response
    .clone()
    .json()
    .catch(() => null)) as { errors?: { extra?: { fields?: unknown } }[] } | null;
  const error = await toApiRequestError(response);
  const fields = body?.errors?.[0]?.extra?.fields;
  if (typeof fields === 'object' && fields !== null) {
    return new ApiValidationError(
      error.message,
      error.status,
      fields as Record<string, readonly string[]>,
    );
  }
  return error;
}

/** What checking an answer needs of a shared (zod) schema. */
export interface AnswerSchema<T> {
  safeParse(value: unknown): { success: true; data: T } | { success: false };
}

const CSRF_TOKEN_URL = '/api/v1/security/csrf_token/';
/** The header state-changing requests carry the CSRF token in. */
export const CSRF_HEADER = 'X-CSRFToken';

let csrfToken: Promise<string | null> | undefined;

/**
 * The session's CSRF token, fetched once per page load (null when the server has no CSRF
 * endpoint). State-changing requests send it back in X-CSRFToken, as Superset's client does.
 */
export function getCsrfToken(): Promise<string | null> {
  csrfToken ??= fetch(CSRF_TOKEN_URL, {
    credentials: 'same-origin',
    headers: { Accept: 'application/json' },
  })
    .then(async (response) => {
      if (!response.ok) return null;
      const body = (await response.json()) as { result?: unknown };
      return typeof body.result === 'string' ? body.result : null;
    })
    .catch(() => {
      csrfToken = undefined;
      return null;
    });
  return csrfToken;
}

/** Forgets the cached CSRF token (tests; or after the server refused it). */
export function resetCsrfToken(): void {
  csrfToken = undefined;
}

async function send(method: string, url: string, body: unknown): Promise<Response> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (method !== 'GET') {
    const token = await getCsrfToken();
    if (token) headers[CSRF_HEADER] = token;
  }
  try {
    return await fetch(url, {
      method,
      credentials: 'same-origin',
      headers,
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  } catch {
    throw new ApiRequestError(
      'Could not reach the server. Check your connection and try again.',
      0,
    );
  }
}

async function isCsrfRefusal(response: Response): Promise<boolean> {
  if (response.status !== 400) return false;
  const body = (await response
    .clone()
    .json()
    .catch(() => null)) as { errors?: { error_type?: string }[] } | null;
  return body?.errors?.some((error) => error.error_type === 'CSRF_TOKEN_INVALID') ?? false;
}

/**
 * Sends a request with the session cookie (and, unless it is a GET, the CSRF token; a
 * refused token is fetched again once) and checks the JSON answer against `schema`.
 * Throws ApiRequestError for network failures, non-2xx answers and unexpected answers.
 */
export async function requestJson<T>(
  method: 'GET' | 'POST' | 'PUT' | 'DELETE',
  url: string,
  schema: AnswerSchema<T>,
  body?: unknown,
): Promise<T> {
  let response = await send(method, url, body);
  if (method !== 'GET' && (await isCsrfRefusal(response))) {
    resetCsrfToken();
    response = await send(method, url, body);
  }
  if (!response.ok) throw await toRequestError(response);
  const parsed = schema.safeParse(await response.json().catch(() => undefined));
  if (!parsed.success) {
    throw new ApiRequestError('The server sent an answer that could not be read.', response.status);
  }
  return parsed.data;
}

/**
 * POSTs a JSON body (with the CSRF token, fetched again once if refused) for a file answer
 * (CSV, XLSX, ...) and returns the successful response for the caller to read as a Blob.
 * Throws ApiRequestError for network failures and non-2xx answers.
 */
export async function postForFile(url: string, body: unknown): Promise<Response> {
  let response = await send('POST', url, body);
  if (await isCsrfRefusal(response)) {
    resetCsrfToken();
    response = await send('POST', url, body);
  }
  if (!response.ok) throw await toRequestError(response);
  return response;
}

/** GETs JSON and checks it against `schema`. */
export function getJson<T>(url: string, schema: AnswerSchema<T>): Promise<T> {
  return requestJson('GET', url, schema);
}

/** PUTs a JSON body (with the CSRF token) and checks the answer against `schema`. */
export function putJson<T>(url: string, body: unknown, schema: AnswerSchema<T>): Promise<T> {
  return requestJson('PUT', url, schema, body);
}

/** DELETEs (with the CSRF token) and checks the answer against `schema`. */
export function deleteJson<T>(url: string, schema: AnswerSchema<T>): Promise<T> {
  return requestJson('DELETE', url, schema);
}
