import {
  DATABASES_API_PATH,
  QUERY_API_PATH,
  SAVED_QUERY_API_PATH,
  SQLLAB_API_PATH,
  TAB_STATE_PATH,
  databaseTablesResponseSchema,
  encodeRison,
  listResponseSchema,
  queryHistoryItemSchema,
  savedQuerySchema,
  sqlLabBootstrapSchema,
  sqlLabPendingSchema,
  sqlLabQuerySchema,
  sqlLabResultsSchema,
  tabStateSchema,
  tableMetadataResponseSchema,
  type ExecuteSql,
  type SavedQuery,
  type SavedQueryCreate,
  type SqlLabQuery,
  type SqlLabResults,
  type TabState,
  type TableMetadataResponse,
  type tabStateWriteSchema,
} from '@superset-ts/shared';
import { z } from 'zod';
import { deleteJson, getJson, putJson, requestJson } from './json-request';

/** Answers whose body the editor does not read (deletes, activations, stops). */
const ANY_ANSWER = z.unknown();

export type SqlLabBootstrap = z.infer<typeof sqlLabBootstrapSchema>['result'];
export type TabStateWrite = z.infer<typeof tabStateWriteSchema>;
export type DatabaseTable = z.infer<typeof databaseTablesResponseSchema>['result'][number];

/** What the editor needs to start: the active tab, the other tabs' names, databases, queries. */
export async function fetchSqlLabBootstrap(): Promise<SqlLabBootstrap> {
  return (await getJson(SQLLAB_API_PATH, sqlLabBootstrapSchema)).result;
}

/** One stored tab with its SQL and latest query. */
export function fetchTabState(id: number): Promise<TabState> {
  return getJson(`${TAB_STATE_PATH}${id}`, tabStateSchema);
}

/** Stores a new tab; returns its id. */
export async function createTabState(body: TabStateWrite): Promise<number> {
  const answer = await requestJson('POST', TAB_STATE_PATH, z.object({ id: z.number() }), body);
  return answer.id;
}

/** Changes some fields of a stored tab. */
export async function updateTabState(id: number, body: TabStateWrite): Promise<void> {
  await putJson(`${TAB_STATE_PATH}${id}`, body, ANY_ANSWER);
}

/** Removes a tab for good. */
export async function deleteTabState(id: number): Promise<void> {
  await deleteJson(`${TAB_STATE_PATH}${id}`, ANY_ANSWER);
}

/** Makes a tab the one the editor opens with. */
export async function activateTabState(id: number): Promise<void> {
  await requestJson('POST', `${TAB_STATE_PATH}${id}/activate`, ANY_ANSWER);
}

/** A run's first answer: its results (synchronous run) or the queued query (async run). */
export type ExecuteAnswer =
  { kind: 'results'; results: SqlLabResults } | { kind: 'pending'; query: SqlLabQuery };

const executeAnswerSchema = z.union([sqlLabResultsSchema, sqlLabPendingSchema]);

/** Runs SQL; a refused or failed statement throws ApiRequestError with the server's message. */
export async function executeSql(body: ExecuteSql): Promise<ExecuteAnswer> {
  const answer = await requestJson('POST', `${SQLLAB_API_PATH}execute/`, executeAnswerSchema, body);
  return 'data' in answer
    ? { kind: 'results', results: answer }
    : { kind: 'pending', query: answer.query };
}

/** The stored results of an async run. */
export function fetchQueryResults(key: string, rows?: number): Promise<SqlLabResults> {
  const q = encodeRison({ key, ...(rows === undefined ? {} : { rows }) });
  return getJson(`${SQLLAB_API_PATH}results/?q=${encodeURIComponent(q)}`, sqlLabResultsSchema);
}

/** The user's queries changed since `lastUpdatedMs` (epoch milliseconds). */
export async function fetchQueriesUpdatedSince(lastUpdatedMs: number): Promise<SqlLabQuery[]> {
  const q = encodeRison({ last_updated_ms: Math.floor(lastUpdatedMs) });
  const url = `${QUERY_API_PATH}updated_since?q=${encodeURIComponent(q)}`;
  return (await getJson(url, z.object({ result: z.array(sqlLabQuerySchema) }))).result;
}

/** Asks the server to cancel a running query. */
export async function stopQuery(clientId: string): Promise<void> {
  await requestJson('POST', `${QUERY_API_PATH}stop`, ANY_ANSWER, { client_id: clientId });
}

/** The SQL pretty-printed in the database's dialect. */
export async function formatSql(sql: string, databaseId: number | null): Promise<string> {
  const body = databaseId === null ? { sql } : { sql, database_id: databaseId };
  const answer = await requestJson(
    'POST',
    `${SQLLAB_API_PATH}format_sql/`,
    z.object({ result: z.string() }),
    body,
  );
  return answer.result;
}

/** What the database says running the SQL would cost (one object per statement). */
export async function estimateQueryCost(body: {
  database_id: number;
  sql: string;
  schema: string | null;
  template_params?: Record<string, unknown>;
}): Promise<Record<string, unknown>[]> {
  const answer = await requestJson(
    'POST',
    `${SQLLAB_API_PATH}estimate/`,
    z.object({ result: z.array(z.record(z.string(), z.unknown())) }),
    body,
  );
  return answer.result;
}

/** The URL that downloads a run's results as CSV. */
export function exportCsvUrl(clientId: string): string {
  return `${SQLLAB_API_PATH}export/${encodeURIComponent(clientId)}/`;
}

/** The schemas of a database. */
export async function fetchSchemas(databaseId: number): Promise<string[]> {
  const url = `${DATABASES_API_PATH}${databaseId}/schemas/`;
  return (await getJson(url, z.object({ result: z.array(z.string()) }))).result;
}

/** The tables and views of a schema. */
export async function fetchTables(databaseId: number, schema: string): Promise<DatabaseTable[]> {
  const q = encodeURIComponent(encodeRison({ schema_name: schema }));
  const url = `${DATABASES_API_PATH}${databaseId}/tables/?q=${q}`;
  return (await getJson(url, databaseTablesResponseSchema)).result;
}

/** A table's columns, keys and the `SELECT *` that previews it. */
export function fetchTableMetadata(
  databaseId: number,
  table: string,
  schema: string | null,
): Promise<TableMetadataResponse> {
  const params = new URLSearchParams({ name: table });
  if (schema !== null) params.set('schema', schema);
  return getJson(
    `${DATABASES_API_PATH}${databaseId}/table_metadata/?${params.toString()}`,
    tableMetadataResponseSchema,
  );
}

/** A list page request (Rison `q`). */
export interface ListPageRequest {
  page: number;
  page_size: number;
  order_column: string;
  order_direction: 'asc' | 'desc';
  filters: { col: string; opr: string; value: string | number }[];
}

function listUrl(base: string, request: ListPageRequest): string {
  return `${base}?q=${encodeURIComponent(encodeRison({ ...request }))}`;
}

const savedQueryListSchema = listResponseSchema(savedQuerySchema);
const queryHistoryListSchema = listResponseSchema(queryHistoryItemSchema);
export type SavedQueryList = z.infer<typeof savedQueryListSchema>;
export type QueryHistoryList = z.infer<typeof queryHistoryListSchema>;

/** One page of saved queries. */
export function fetchSavedQueries(request: ListPageRequest): Promise<SavedQueryList> {
  return getJson(listUrl(SAVED_QUERY_API_PATH, request), savedQueryListSchema);
}

/** One saved query. */
export async function fetchSavedQuery(id: number): Promise<SavedQuery> {
  const url = `${SAVED_QUERY_API_PATH}${id}`;
  return (await getJson(url, z.object({ result: savedQuerySchema }))).result;
}

const savedQueryWriteAnswer = z.object({ id: z.number() });

/** Saves a new query; returns its id. */
export async function createSavedQuery(body: SavedQueryCreate): Promise<number> {
  return (await requestJson('POST', SAVED_QUERY_API_PATH, savedQueryWriteAnswer, body)).id;
}

/** Changes a saved query. */
export async function updateSavedQuery(id: number, body: Partial<SavedQueryCreate>): Promise<void> {
  await putJson(`${SAVED_QUERY_API_PATH}${id}`, body, ANY_ANSWER);
}

/** Deletes a saved query. */
export async function deleteSavedQuery(id: number): Promise<void> {
  await deleteJson(`${SAVED_QUERY_API_PATH}${id}`, ANY_ANSWER);
}

/** One page of the query history. */
export function fetchQueryHistory(request: ListPageRequest): Promise<QueryHistoryList> {
  return getJson(listUrl(QUERY_API_PATH, request), queryHistoryListSchema);
}
