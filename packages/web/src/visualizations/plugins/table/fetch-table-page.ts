import {
  CHART_DATA_API_PATH,
  chartDataResponseSchema,
  type ChartDataResult,
} from '@superset-ts/shared';
import { requestJson } from '../../../api/json-request';
import type { QueryContextRequest } from '../../core/query/query-context';

/** Runs a chart data request and gives its results (one per query). */
export type ChartDataFetcher = (context: QueryContextRequest) => Promise<ChartDataResult[]>;

/**
 * The results of a server-paged table's page request, from `POST /api/v1/chart/data`. The
 * table asks for pages itself, so the host's SuperChart contract stays "one response in".
 *
 * @throws ApiRequestError when the server refuses the request or cannot be reached.
 */
export const fetchTablePage: ChartDataFetcher = async (context) => {
  const answer = await requestJson('POST', CHART_DATA_API_PATH, chartDataResponseSchema, {
    ...context,
    result_type: 'full',
    result_format: 'json',
  });
  return answer.result;
};
