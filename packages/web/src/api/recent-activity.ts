import {
  LOG_API_PATH,
  encodeRison,
  recentActivityResponseSchema,
  type RecentActivity,
} from '@superset-ts/shared';
import { getJson } from './json-request';

/**
 * The signed-in user's latest actions on dashboards and charts, newest first, one row per
 * action and item (`distinct`). Throws ApiRequestError.
 */
export async function fetchRecentActivity(pageSize: number): Promise<RecentActivity[]> {
  const q = encodeURIComponent(encodeRison({ distinct: true, page: 0, page_size: pageSize }));
  const answer = await getJson(
    `${LOG_API_PATH}recent_activity/?q=${q}`,
    recentActivityResponseSchema,
  );
  return answer.result;
}
