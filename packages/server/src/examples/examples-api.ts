/**
 * This server's own REST API (`/api/v1/...`), called in-process as the admin who loads the
 * examples, so example datasets, charts and dashboards go through the same validation and
 * permission checks as a user's.
 */
export type ExamplesApiMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';

export interface ExamplesApiResponse<T = unknown> {
  status: number;
  body: T;
}

export interface ExamplesApi {
  /**
   * Sends one request; `body` is sent as JSON. Resolves with any status (the caller decides
   * what an error is); rejects only when the request could not be made.
   */
  request<T = unknown>(
    method: ExamplesApiMethod,
    url: string,
    body?: unknown,
  ): Promise<ExamplesApiResponse<T>>;
}
