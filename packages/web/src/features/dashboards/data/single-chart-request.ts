import {
  CHART_DATA_API_PATH,
  chartDataResponseSchema,
  type ChartDataResult,
} from '@superset-ts/shared';
import { ApiRequestError, toApiRequestError } from '../../../api/api-request-error';
import { CSRF_HEADER, getCsrfToken } from '../../../api/json-request';
import type { QueryContextRequest } from '../../../visualizations';

/**
 * Hands out the chart data URL of each single-chart request, round-robin over
 * SUPERSET_WEBSERVER_DOMAINS (Superset's domain sharding, so browsers open more connections
 * at once); the page's own origin when none are configured.
 */
export class ChartDataUrls {
  private next = 0;

  constructor(private readonly domains: readonly string[]) {}

  /** The URL of the next request. */
  take(): string {
    if (this.domains.length === 0) return CHART_DATA_API_PATH;
    const domain = this.domains[this.next % this.domains.length] ?? '';
    this.next += 1;
    return `${window.location.protocol}//${domain}${CHART_DATA_API_PATH}`;
  }
}

/**
 * One chart's data (`POST /api/v1/chart/data`, result type full) at `url`, with the session
 * cookie also on another of the configured domains. Throws ApiRequestError.
 */
export async function fetchSingleChartData(
  url: string,
  queryContext: QueryContextRequest,
  force: boolean,
): Promise<ChartDataResult[]> {
  const token = await getCsrfToken();
  const isSameOrigin = url.startsWith('/');
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      mode: isSameOrigin ? 'same-origin' : 'cors',
      credentials: isSameOrigin ? 'same-origin' : 'include',
      headers: {
        Accept: 'application/json',
        'Content-Type': 'application/json',
        ...(token ? { [CSRF_HEADER]: token } : {}),
      },
      body: JSON.stringify({ ...queryContext, force, result_type: 'full', result_format: 'json' }),
    });
  } catch {
    throw new ApiRequestError(
      'Could not reach the server. Check your connection and try again.',
      0,
    );
  }
  if (!response.ok) throw await toApiRequestError(response);
  const parsed = chartDataResponseSchema.safeParse(await response.json().catch(() => undefined));
  if (!parsed.success) {
    throw new ApiRequestError('The server sent an answer that could not be read.', response.status);
  }
  return parsed.data.result;
}
