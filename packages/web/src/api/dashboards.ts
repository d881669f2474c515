import {
  CSS_TEMPLATE_API_PATH,
  DASHBOARD_API_PATH,
  DASHBOARD_CHART_DATA_PATH,
  type DASHBOARD_LIST_FILTERS,
  chartFavoriteStatusResponseSchema,
  cssTemplateSchema as sharedCssTemplateSchema,
  dashboardPermalinkCreatedSchema,
  dashboardPermalinkValueSchema,
  dashboardChartSchema,
  dashboardListItemSchema,
  dashboardSchema,
  encodeRison,
  okResponseSchema,
  type Dashboard,
  type DashboardChart,
  type DashboardCopy,
  type DashboardCreate,
  type DashboardDataLine,
  type DashboardDataRequest,
  type DashboardListItem,
  type DashboardPermalinkState,
  type DashboardPermalinkValue,
  type DashboardUpdate,
  type RisonInput,
} from '@superset-ts/shared';
import { z } from 'zod';
import { ApiRequestError, toApiRequestError } from './api-request-error';
import {
  CSRF_HEADER,
  deleteJson,
  getCsrfToken,
  getJson,
  requestJson,
  resetCsrfToken,
} from './json-request';
import { readNdjson } from './ndjson-reader';

type DashboardFilterSpec = typeof DASHBOARD_LIST_FILTERS;
/** One filter of the dashboard list: a column, one of its operators, and a value. */
export type DashboardListFilter = {
  [Col in keyof DashboardFilterSpec]: {
    [Opr in keyof DashboardFilterSpec[Col]]: {
      col: Col;
      opr: Opr;
      value: DashboardFilterSpec[Col][Opr] extends z.ZodType<infer V> ? V : never;
    };
  }[keyof DashboardFilterSpec[Col]];
}[keyof DashboardFilterSpec];

/** The columns the dashboard list orders by (Superset's `order_columns`). */
export type DashboardOrderColumn =
  | 'changed_on_delta_humanized'
  | 'changed_on'
  | 'dashboard_title'
  | 'published'
  | 'changed_by.first_name'
  | 'created_by.first_name';

/** A dashboards list query as a page builds it (Rison in `q`). */
export interface DashboardListRequest {
  filters: DashboardListFilter[];
  order_column: DashboardOrderColumn;
  order_direction: 'asc' | 'desc';
  page: number;
  page_size: number;
}

/** One page of dashboards and how many match in all. */
export interface DashboardListResponse {
  count: number;
  ids: number[];
  result: DashboardListItem[];
}

/**
 * A dataset of a dashboard's charts (`GET /api/v1/dashboard/{id_or_slug}/datasets`), as much
 * of it as the filter bar reads: the columns to filter on and the time column.
 */
export const dashboardDatasetSchema = z.looseObject({
  id: z.number().int(),
  uid: z.string().optional(),
  table_name: z.string(),
  main_dttm_col: z.string().nullable().optional(),
  columns: z.array(
    z.looseObject({
      column_name: z.string(),
      verbose_name: z.string().nullable().optional(),
      type: z.string().nullable().optional(),
      is_dttm: z.boolean().optional(),
      filterable: z.boolean().optional(),
    }),
  ),
  verbose_map: z.record(z.string(), z.string()).optional(),
});
export type DashboardDataset = z.infer<typeof dashboardDatasetSchema>;

/** What the editor's CSS menu reads of a saved CSS template. */
export const cssTemplateSchema = sharedCssTemplateSchema.pick({
  id: true,
  template_name: true,
  css: true,
});
export type CssTemplate = z.infer<typeof cssTemplateSchema>;

const listResponseSchema = z.object({
  count: z.number().int(),
  ids: z.array(z.number().int()),
  result: z.array(dashboardListItemSchema),
});
const resultOf = <T extends z.ZodType>(schema: T) => z.object({ result: schema });
const writtenSchema = z.looseObject({ id: z.number().int(), result: z.unknown().optional() });
const favoriteChangedSchema = z.object({ result: z.string() });

function withQuery(path: string, query: RisonInput): string {
  return `${path}?q=${encodeURIComponent(encodeRison(query))}`;
}

function dashboardPath(idOrSlug: number | string, rest = ''): string {
  return `${DASHBOARD_API_PATH}${encodeURIComponent(String(idOrSlug))}${rest}`;
}

/** One page of dashboards. Throws ApiRequestError. */
export function fetchDashboards(query: DashboardListRequest): Promise<DashboardListResponse> {
  return getJson(withQuery(DASHBOARD_API_PATH, { ...query } as RisonInput), listResponseSchema);
}

/** One dashboard by id or slug. A 404 when it does not exist or is not the user's to see. */
export async function fetchDashboard(idOrSlug: number | string): Promise<Dashboard> {
  return (await getJson(dashboardPath(idOrSlug), resultOf(dashboardSchema))).result;
}

/** The charts of a dashboard with their parsed form data. */
export async function fetchDashboardCharts(idOrSlug: number | string): Promise<DashboardChart[]> {
  const answer = await getJson(
    dashboardPath(idOrSlug, '/charts'),
    resultOf(z.array(dashboardChartSchema)),
  );
  return answer.result;
}

/** The datasets the dashboard's charts read, with their columns (for the filter bar). */
export async function fetchDashboardDatasets(
  idOrSlug: number | string,
): Promise<DashboardDataset[]> {
  const answer = await getJson(
    dashboardPath(idOrSlug, '/datasets'),
    resultOf(z.array(dashboardDatasetSchema)),
  );
  return answer.result;
}

/** Saves a new dashboard and returns its id. A 400/422 names the problem. */
export async function createDashboard(body: DashboardCreate): Promise<number> {
  return (await requestJson('POST', DASHBOARD_API_PATH, writtenSchema, body)).id;
}

/**
 * Changes a dashboard (any subset of its fields) and returns it as stored: from the answer
 * when the server sends the whole dashboard, else read again.
 */
export async function updateDashboard(id: number, body: DashboardUpdate): Promise<Dashboard> {
  const answer = await requestJson('PUT', dashboardPath(id), writtenSchema, body);
  const stored = dashboardSchema.safeParse(answer.result);
  return stored.success ? stored.data : fetchDashboard(id);
}

/** Deletes one dashboard. */
export async function deleteDashboard(id: number): Promise<void> {
  await deleteJson(dashboardPath(id), okResponseSchema);
}

/** Deletes several dashboards in one request; the server's message says how many. */
export async function deleteDashboards(ids: readonly number[]): Promise<string> {
  return (await deleteJson(withQuery(DASHBOARD_API_PATH, [...ids]), okResponseSchema)).message;
}

/** Saves a copy of a dashboard ("Save as") and returns the copy's id. */
export async function copyDashboard(
  idOrSlug: number | string,
  body: DashboardCopy,
): Promise<number> {
  const answer = await requestJson(
    'POST',
    dashboardPath(idOrSlug, '/copy/'),
    resultOf(z.looseObject({ id: z.number().int() })),
    body,
  );
  return answer.result.id;
}

/** Which of `ids` the user marked as a favourite, by id. */
export async function fetchDashboardFavoriteStatus(
  ids: readonly number[],
): Promise<ReadonlyMap<number, boolean>> {
  const url = withQuery(`${DASHBOARD_API_PATH}favorite_status/`, [...ids]);
  const answer = await getJson(url, chartFavoriteStatusResponseSchema);
  return new Map(answer.result.map((status) => [status.id, status.value]));
}

/** Marks a dashboard as one of the user's favourites. */
export async function addDashboardFavorite(id: number): Promise<void> {
  await requestJson('POST', dashboardPath(id, '/favorites/'), favoriteChangedSchema);
}

/** Removes a dashboard from the user's favourites. */
export async function removeDashboardFavorite(id: number): Promise<void> {
  await requestJson('DELETE', dashboardPath(id, '/favorites/'), favoriteChangedSchema);
}

/** Stores the dashboard's state (filters, tabs) and returns its key and the URL to share. */
export function createDashboardPermalink(
  id: number | string,
  state: DashboardPermalinkState,
): Promise<{ key: string; url: string }> {
  return requestJson(
    'POST',
    dashboardPath(id, '/permalink'),
    dashboardPermalinkCreatedSchema,
    state,
  );
}

/** A stored dashboard state by its key. A 404 when the key is unknown. */
export async function fetchDashboardPermalink(key: string): Promise<DashboardPermalinkValue> {
  const url = `${DASHBOARD_API_PATH}permalink/${encodeURIComponent(key)}`;
  return getJson(url, dashboardPermalinkValueSchema);
}

/** The saved CSS templates (first 100), for the editor's CSS menu. */
export async function fetchCssTemplates(): Promise<CssTemplate[]> {
  const url = withQuery(CSS_TEMPLATE_API_PATH, { page: 0, page_size: 100 });
  return (await getJson(url, resultOf(z.array(cssTemplateSchema)))).result;
}

function isDataLine(value: unknown): value is DashboardDataLine {
  const type = (value as { type?: unknown } | null)?.type;
  return type === 'start' || type === 'chart' || type === 'error' || type === 'done';
}

async function isCsrfRefusal(response: Response): Promise<boolean> {
  if (response.status !== 400) return false;
  const body = (await response
    .clone()
    .json()
    .catch(() => null)) as { errors?: { error_type?: string }[] } | null;
  return body?.errors?.some((error) => error.error_type === 'CSRF_TOKEN_INVALID') ?? false;
}

async function postStream(
  url: string,
  body: DashboardDataRequest,
  signal: AbortSignal | undefined,
): Promise<Response> {
  const token = await getCsrfToken();
  try {
    return await fetch(url, {
      method: 'POST',
      credentials: 'same-origin',
      headers: {
        Accept: 'application/x-ndjson',
        'Content-Type': 'application/json',
        ...(token ? { [CSRF_HEADER]: token } : {}),
      },
      body: JSON.stringify(body),
      ...(signal ? { signal } : {}),
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiRequestError(
      'Could not reach the server. Check your connection and try again.',
      0,
    );
  }
}

/**
 * The data of a dashboard's charts in one request (`POST .../chart_data`), read as NDJSON:
 * `onLine` gets each line as soon as it arrives. Resolves when the stream ends; rejects with
 * ApiRequestError when the server refuses the request, with an AbortError when `signal` aborts.
 */
export async function streamDashboardData(
  idOrSlug: number | string,
  request: DashboardDataRequest,
  onLine: (line: DashboardDataLine) => void,
  signal?: AbortSignal,
): Promise<void> {
  const url = DASHBOARD_CHART_DATA_PATH.replace(':idOrSlug', encodeURIComponent(String(idOrSlug)));
  let response = await postStream(url, request, signal);
  if (!response.ok && (await isCsrfRefusal(response))) {
    resetCsrfToken();
    response = await postStream(url, request, signal);
  }
  if (!response.ok) throw await toApiRequestError(response);
  if (!response.body) {
    throw new ApiRequestError('The server sent no chart data.', response.status);
  }
  await readNdjson(response.body, (value) => {
    if (isDataLine(value)) onLine(value);
  });
}
