import { errorResponseSchema } from '@superset-ts/shared';

/** A request the server refused or could not answer, with a message a user can read. */
export class ApiRequestError extends Error {
  /** HTTP status, or 0 when the server could not be reached. */
  readonly status: number;
  /** The catalogue code of the server's first error (`errors[0].error_type`), when it sent one. */
  readonly errorType: string | undefined;

  constructor(message: string, status: number, errorType?: string) {
    super(message);
    this.name = 'ApiRequestError';
    this.status = status;
    this.errorType = errorType;
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
  return new ApiRequestError(message, response.status, parsed.data?.errors[0]?.error_type);
}
