import { requestJson } from './json-request';

/** Accepts any JSON answer; the caller checks its shape. */
const ANY_JSON = { safeParse: (value: unknown) => ({ success: true as const, data: value }) };

/**
 * POSTs a JSON body with the session cookie and the session's CSRF token (fetched once, and
 * again if the server refuses it) and returns the parsed JSON answer.
 * Throws ApiRequestError for network failures and non-2xx answers.
 */
export function postJson(url: string, body: unknown): Promise<unknown> {
  return requestJson('POST', url, ANY_JSON, body);
}
