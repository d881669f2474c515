import {
  DATASETS_API_PATH,
  datasetListResponseSchema,
  datasetRelatedObjectsSchema,
  datasetResponseSchema,
  datasetWriteResponseSchema,
  encodeRison,
  okResponseSchema,
  relatedChoicesResponseSchema,
  type DatasetCreate,
  type DatasetDetail,
  type DatasetDuplicate,
  type DatasetFilterOperator,
  type DatasetListFilterColumn,
  type DatasetOrderColumn,
  type DatasetRelatedObjects,
  type DatasetUpdate,
  type RelatedChoice,
} from '@superset-ts/shared';
import type { z } from 'zod';
import { deleteJson, getJson, putJson, requestJson } from './json-request';

/** A datasets list query as the page builds it (Rison in `q`). */
export interface DatasetListRequest {
  filters: {
    col: DatasetListFilterColumn;
    opr: DatasetFilterOperator;
    value: string | number | boolean;
  }[];
  order_column: DatasetOrderColumn;
  order_direction: 'asc' | 'desc';
  page: number;
  page_size: number;
}

export type DatasetListResponse = z.infer<typeof datasetListResponseSchema>;
export type DatasetWriteResponse = z.infer<typeof datasetWriteResponseSchema>;

/** The pickers of the list and editor: users and databases (`related/`), schemas (`distinct/`). */
export type DatasetChoiceColumn = 'owners' | 'database' | 'schema';

/** The URL of a datasets list query. */
export function datasetListUrl(query: DatasetListRequest): string {
  return `${DATASETS_API_PATH}?q=${encodeURIComponent(encodeRison({ ...query }))}`;
}

/** One page of datasets. Throws ApiRequestError. */
export function fetchDatasets(query: DatasetListRequest): Promise<DatasetListResponse> {
  return getJson(datasetListUrl(query), datasetListResponseSchema);
}

/** One dataset with its columns, metrics and settings. */
export async function fetchDataset(id: number): Promise<DatasetDetail> {
  return (await getJson(`${DATASETS_API_PATH}${id}`, datasetResponseSchema)).result;
}

/** Creates a dataset from a table, or from a query when `sql` is set; a 400/422 names the problem. */
export function createDataset(body: DatasetCreate): Promise<DatasetWriteResponse> {
  return requestJson('POST', DATASETS_API_PATH, datasetWriteResponseSchema, body);
}

/** Changes a dataset; `columns` and `metrics`, when given, replace its lists. */
export function updateDataset(id: number, body: DatasetUpdate): Promise<DatasetWriteResponse> {
  return putJson(`${DATASETS_API_PATH}${id}`, body, datasetWriteResponseSchema);
}

/** Reads the source's columns again, keeping what users edited on columns still there. */
export async function refreshDataset(id: number): Promise<void> {
  await putJson(`${DATASETS_API_PATH}${id}/refresh`, undefined, okResponseSchema);
}

/** Copies a virtual dataset under a new name. */
export function duplicateDataset(body: DatasetDuplicate): Promise<DatasetWriteResponse> {
  return requestJson('POST', `${DATASETS_API_PATH}duplicate`, datasetWriteResponseSchema, body);
}

/** Deletes one dataset. */
export async function deleteDataset(id: number): Promise<void> {
  await deleteJson(`${DATASETS_API_PATH}${id}`, okResponseSchema);
}

/** Deletes several datasets; the server's message says how many. */
export async function deleteDatasets(ids: readonly number[]): Promise<string> {
  const url = `${DATASETS_API_PATH}?q=${encodeURIComponent(encodeRison([...ids]))}`;
  return (await deleteJson(url, okResponseSchema)).message;
}

/** The charts and dashboards that use a dataset (shown before deleting it). */
export function fetchDatasetRelatedObjects(id: number): Promise<DatasetRelatedObjects> {
  return getJson(`${DATASETS_API_PATH}${id}/related_objects`, datasetRelatedObjectsSchema);
}

/** Choices of a picker matching `filter` (first page of 100). */
export async function fetchDatasetChoices(
  column: DatasetChoiceColumn,
  filter: string,
): Promise<RelatedChoice[]> {
  const kind = column === 'schema' ? 'distinct' : 'related';
  const q = encodeURIComponent(encodeRison({ filter, page: 0, page_size: 100 }));
  const url = `${DATASETS_API_PATH}${kind}/${column}?q=${q}`;
  return (await getJson(url, relatedChoicesResponseSchema)).result;
}
