import {
  DATABASES_API_PATH,
  availableEnginesResponseSchema,
  databaseListResponseSchema,
  databaseResponseSchema,
  encodeRison,
  okResponseSchema,
  type AvailableEngine,
  type DatabaseCreate,
  type DatabaseDetail,
  type DatabaseListQuery,
  type DatabaseTestConnection,
  type DatabaseUpdate,
} from '@superset-ts/shared';
import type { z } from 'zod';
import { deleteJson, getJson, putJson, requestJson } from './json-request';

/** A databases list query as the page builds it (Rison in `q`). */
export type DatabaseListRequest = {
  filters: {
    col: DatabaseListQuery['filters'][number]['col'];
    opr: 'ct' | 'sw' | 'eq';
    value: string | boolean;
  }[];
  order_column: DatabaseListQuery['order_column'];
  order_direction: 'asc' | 'desc';
  page: number;
  page_size: number;
};

export type DatabaseListResponse = z.infer<typeof databaseListResponseSchema>;
export type DatabaseResponse = z.infer<typeof databaseResponseSchema>;

/** The URL of a databases list query. */
export function databaseListUrl(query: DatabaseListRequest): string {
  return `${DATABASES_API_PATH}?q=${encodeURIComponent(encodeRison(query))}`;
}

/** One page of database connections. Throws ApiRequestError. */
export function fetchDatabases(query: DatabaseListRequest): Promise<DatabaseListResponse> {
  return getJson(databaseListUrl(query), databaseListResponseSchema);
}

/** One database with its settings; secrets come back masked. */
export async function fetchDatabase(id: number): Promise<DatabaseDetail> {
  return (await getJson(`${DATABASES_API_PATH}${id}`, databaseResponseSchema)).result;
}

/** The engines this server knows, with their parameters form and whether they can connect. */
export async function fetchAvailableEngines(): Promise<AvailableEngine[]> {
  return (await getJson(`${DATABASES_API_PATH}available/`, availableEnginesResponseSchema))
    .databases;
}

/** Creates a database connection; a 400 throws ApiValidationError naming the fields. */
export function createDatabase(body: DatabaseCreate): Promise<DatabaseResponse> {
  return requestJson('POST', DATABASES_API_PATH, databaseResponseSchema, body);
}

/** Changes some of a database's settings; masked secrets sent back keep their stored value. */
export function updateDatabase(id: number, body: DatabaseUpdate): Promise<DatabaseResponse> {
  return putJson(`${DATABASES_API_PATH}${id}`, body, databaseResponseSchema);
}

/** Deletes a database; refused (422) while datasets use it, the message naming them. */
export async function deleteDatabase(id: number): Promise<void> {
  await deleteJson(`${DATABASES_API_PATH}${id}`, okResponseSchema);
}

/** Tries to connect with these settings; throws ApiRequestError with the reason when it cannot. */
export async function testDatabaseConnection(body: DatabaseTestConnection): Promise<void> {
  await requestJson('POST', `${DATABASES_API_PATH}test_connection/`, okResponseSchema, body);
}
