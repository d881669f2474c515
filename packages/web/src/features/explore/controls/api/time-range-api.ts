import { encodeRison, TIME_RANGE_API_PATH, timeRangeResponseSchema } from '@superset-ts/shared';
import { getJson } from '../../../../api/json-request';

/** The bounds a time range stands for now: ISO text without a zone, "" when unbounded. */
export interface EvaluatedTimeRange {
  since: string;
  until: string;
}

/** The URL that evaluates one time range (`q` is the range as a Rison string). */
export function timeRangeUrl(timeRange: string): string {
  return `${TIME_RANGE_API_PATH}?q=${encodeURIComponent(encodeRison(timeRange))}`;
}

/**
 * What the server reads a time range expression as (`Last week` -> its two bounds). Throws
 * ApiRequestError with the server's message when the expression cannot be read.
 */
export async function fetchTimeRange(timeRange: string): Promise<EvaluatedTimeRange> {
  const { result } = await getJson(timeRangeUrl(timeRange), timeRangeResponseSchema);
  const [first] = result;
  return { since: first?.since ?? '', until: first?.until ?? '' };
}
