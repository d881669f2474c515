import { columnValuesResponseSchema, DATASOURCE_API_PATH } from '@superset-ts/shared';
import { getJson } from '../../../../api/json-request';

/** A distinct value of a column, as the filter editor offers it. */
export type ColumnValue = string | number | boolean | null;

/** The URL of a column's distinct values (`GET /api/v1/datasource/table/{id}/column/{col}/values/`). */
export function columnValuesUrl(datasetId: number, column: string): string {
  return `${DATASOURCE_API_PATH}table/${datasetId}/column/${encodeURIComponent(column)}/values/`;
}

/**
 * The distinct values of a dataset column, for the filter editor's value pickers (the server
 * caps how many). Throws ApiRequestError (403 when the dataset is not the user's to read).
 */
export async function fetchColumnValues(datasetId: number, column: string): Promise<ColumnValue[]> {
  return (await getJson(columnValuesUrl(datasetId, column), columnValuesResponseSchema)).result;
}
