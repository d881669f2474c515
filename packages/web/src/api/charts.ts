import {
  CHART_API_PATH,
  type CHART_ORDER_COLUMNS,
  chartFavoriteStatusResponseSchema,
  chartListResponseSchema,
  chartSchema,
  encodeRison,
  okResponseSchema,
  relatedFieldResponseSchema,
  type Chart,
  type ChartCreate,
  type ChartListFilter,
  type ChartListItem,
  type RelatedFieldOption,
  type ChartUpdate,
  type RisonInput,
} from '@superset-ts/shared';
import { deleteJson, getJson, requestJson, type AnswerSchema } from './json-request';

/** A column the chart list orders by. */
export type ChartOrderColumn = (typeof CHART_ORDER_COLUMNS)[number];

/** A charts list query as the page builds it (Rison in `q`). */
export interface ChartListRequest {
  filters: ChartListFilter[];
  order_column: ChartOrderColumn;
  order_direction: 'asc' | 'desc';
  page: number;
  page_size: number;
}

/** One page of charts and how many match in all. */
export interface ChartListResponse {
  count: number;
  ids: number[];
  result: ChartListItem[];
}

/** `{ "result": "OK" }`, the answer of marking and unmarking a favourite. */
const favoriteChangedSchema: AnswerSchema<{ result: string }> = {
  safeParse(value) {
    const result = (value as { result?: unknown } | null)?.result;
    return typeof result === 'string' ? { success: true, data: { result } } : { success: false };
  },
};

const chartResponseSchema: AnswerSchema<{ result: Chart }> = {
  safeParse(value) {
    const parsed = chartSchema.safeParse((value as { result?: unknown } | null)?.result);
    return parsed.success ? { success: true, data: { result: parsed.data } } : { success: false };
  },
};

function withQuery(path: string, query: RisonInput): string {
  return `${path}?q=${encodeURIComponent(encodeRison(query))}`;
}

/** The URL of a charts list query. */
export function chartListUrl(query: ChartListRequest): string {
  // A few operators take any value (`chart_created_by_me`), so the filters type as unknown.
  return withQuery(CHART_API_PATH, { ...query } as RisonInput);
}

/** One page of charts. Throws ApiRequestError. */
export function fetchCharts(query: ChartListRequest): Promise<ChartListResponse> {
  return getJson(chartListUrl(query), chartListResponseSchema);
}

/** One saved chart with its params and query context. */
export async function fetchChart(id: number): Promise<Chart> {
  return (await getJson(`${CHART_API_PATH}${id}`, chartResponseSchema)).result;
}

/** Deletes one chart. */
export async function deleteChart(id: number): Promise<void> {
  await deleteJson(`${CHART_API_PATH}${id}`, okResponseSchema);
}

/** Deletes several charts in one request; the server's message says how many. */
export async function deleteCharts(ids: readonly number[]): Promise<string> {
  return (await deleteJson(withQuery(CHART_API_PATH, [...ids]), okResponseSchema)).message;
}

/** Which of `ids` the user marked as a favourite, by id. */
export async function fetchFavoriteStatus(
  ids: readonly number[],
): Promise<ReadonlyMap<number, boolean>> {
  const url = withQuery(`${CHART_API_PATH}favorite_status/`, [...ids]);
  const answer = await getJson(url, chartFavoriteStatusResponseSchema);
  return new Map(answer.result.map((status) => [status.id, status.value]));
}

/** Marks (`isFavorite` true) or unmarks a chart as one of the user's favourites. */
export async function setChartFavorite(id: number, isFavorite: boolean): Promise<void> {
  await requestJson(
    isFavorite ? 'POST' : 'DELETE',
    `${CHART_API_PATH}${id}/favorites/`,
    favoriteChangedSchema,
  );
}

/** Users whose name matches `filter`, who may own charts (`related/owners`, first 100). */
export async function fetchChartOwnerChoices(filter: string): Promise<RelatedFieldOption[]> {
  const url = withQuery(`${CHART_API_PATH}related/owners`, { filter, page: 0, page_size: 100 });
  return (await getJson(url, relatedFieldResponseSchema)).result;
}

/** `{ "id": N }`, the answer of creating or changing a chart. */
const chartWrittenSchema: AnswerSchema<{ id: number }> = {
  safeParse(value) {
    const id = (value as { id?: unknown } | null)?.id;
    return typeof id === 'number' && Number.isInteger(id)
      ? { success: true, data: { id } }
      : { success: false };
  },
};

/** Saves a new chart and returns its id. A 400/422 names the problem. */
export async function createChart(body: ChartCreate): Promise<number> {
  return (await requestJson('POST', CHART_API_PATH, chartWrittenSchema, body)).id;
}

/** Changes a saved chart (any subset of its fields). */
export async function updateChart(id: number, body: ChartUpdate): Promise<void> {
  await requestJson('PUT', `${CHART_API_PATH}${id}`, chartWrittenSchema, body);
}

/** Whether the user marked the chart as a favourite. */
export async function fetchIsFavorite(id: number): Promise<boolean> {
  return (await fetchFavoriteStatus([id])).get(id) === true;
}
