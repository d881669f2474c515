import { ApiRequestError, toApiRequestError } from './api-request-error';

/**
 * POSTs a JSON body with the session cookie and returns the parsed JSON answer.
 * Throws ApiRequestError for network failures and non-2xx answers.
 */
export async function postJson(url: string, body: unknown): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify(body),
    });
  } catch {
    throw new ApiRequestError(
      'Could not reach the server. Check your connection and try again.',
      0,
    );
  }
  if (!response.ok) throw await toApiRequestError(response);
  try {
    return (await response.json()) as unknown;
  } catch {
    throw new ApiRequestError('The server sent an answer that could not be read.', response.status);
  }
}
