import type { queryContextSchema, QueryExtras, QueryObjectInput } from '@superset-ts/shared';
import type { z } from 'zod';
import { ensureArray, numberValue, stringValue, type ChartFormData } from '../form-data';
import { parseDatasourceKey } from './datasource-key';
import { processAdhocFilters } from './process-filters';
import { isXAxisSet, normalizeTimeColumn } from './x-axis';

/** The body of `POST /api/v1/chart/data` as a client sends it (aliases allowed). */
export type QueryContextRequest = z.input<typeof queryContextSchema>;

/** Thrown by `buildQuery` when the form data names no usable dataset. */
export class MissingDatasourceError extends Error {
  constructor() {
    super('The chart has no dataset. Choose a dataset to query.');
    this.name = 'MissingDatasourceError';
  }
}

/**
 * The parts every query object of a chart shares (Superset's `buildQueryObject`): filters and
 * SQL clauses from `adhoc_filters`, the time range and grain, the row limit and sort direction.
 * Plugins add their own columns, metrics, ordering and post-processing.
 */
export function buildBaseQueryObject(formData: ChartFormData): QueryObjectInput {
  const { filters, where, having } = processAdhocFilters(ensureArray(formData.adhoc_filters));
  const extras: QueryExtras = {};
  if (where) extras.where = where;
  if (having) extras.having = having;
  const timeGrain = stringValue(formData.time_grain_sqla);
  if (timeGrain) extras.time_grain_sqla = timeGrain;

  const query: QueryObjectInput = {
    filters,
    extras,
    order_desc: formData.order_desc === undefined ? true : Boolean(formData.order_desc),
    annotation_layers: [],
  };
  const timeRange = stringValue(formData.time_range);
  if (timeRange) query.time_range = timeRange;
  const granularity = stringValue(formData.granularity_sqla);
  if (granularity) query.granularity = granularity;
  const rowLimit = numberValue(formData.row_limit);
  if (rowLimit !== undefined && rowLimit >= 0) query.row_limit = Math.floor(rowLimit);
  if (formData.url_params && typeof formData.url_params === 'object') {
    query.url_params = formData.url_params as Record<string, unknown>;
  }
  return query;
}

/**
 * Wraps a plugin's query objects into a query context (Superset's `buildQueryContext`):
 * the datasource from form data, the x-axis column turned into a `BASE_AXIS` column carrying
 * the time grain, and the form data itself.
 *
 * @throws MissingDatasourceError when `formData.datasource` is missing or malformed.
 */
export function buildQueryContext(
  formData: ChartFormData,
  queries: readonly QueryObjectInput[],
): QueryContextRequest {
  const datasource = parseDatasourceKey(formData.datasource);
  if (!datasource) throw new MissingDatasourceError();
  const normalized = isXAxisSet(formData)
    ? queries.map((query) => normalizeTimeColumn(formData, query))
    : [...queries];
  return {
    datasource,
    force: formData.force === true,
    queries: normalized,
    form_data: formData,
    result_format: 'json',
    result_type: 'full',
  };
}
