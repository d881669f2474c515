import { errorResponseSchema } from '@superset-ts/shared';

/** A request the server refused or could not answer, with a message a user can read. */
export class ApiRequestError extends Error {
  /** HTTP status, or 0 when the server could not be reached. */
  readonly status: number;

  constructor(message: string, status: number) {
    super(message);
    this.name = 'ApiRequestError';
    this.status = status;
  }
}

/**
 * Turns a failed response into an ApiRequestError, with the `message` of the shared error
 * response body when the server sent one.
 */
export async function toApiRequestError(response: Response): Promise<ApiRequestError> {
  const body: unknown = await response.json().catch(() => null);
  const parsed = errorResponseSchema.safeParse(body);
  const message = parsed.success
    ? parsed.data.message
    : `The server answered with an unexpected error (HTTP ${response.status}).`;
  return new ApiRequestError(message, response.status);
}
