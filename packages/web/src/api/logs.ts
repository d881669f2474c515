import {
  LOG_API_PATH,
  encodeRison,
  logListResponseSchema,
  relatedUsersResponseSchema,
  type LogListQueryInput,
  type LogListResponse,
  type RelatedUsersResponse,
} from '@superset-ts/shared';
import { getJson } from './json-request';

/** The URL of a log list query (Rison in `q`, as Superset's list endpoints read it). */
export function logListUrl(query: LogListQueryInput): string {
  return `${LOG_API_PATH}?q=${encodeURIComponent(encodeRison(query))}`;
}

/** One page of the action log (Admin only). Throws ApiRequestError. */
export function fetchLogs(query: LogListQueryInput): Promise<LogListResponse> {
  return getJson(logListUrl(query), logListResponseSchema);
}

/** Users whose names contain `filter`, to filter the log by. Throws ApiRequestError. */
export function fetchLogUsers(filter: string): Promise<RelatedUsersResponse> {
  const q = encodeURIComponent(encodeRison({ filter, page_size: 25 }));
  return getJson(`${LOG_API_PATH}related/user?q=${q}`, relatedUsersResponseSchema);
}
