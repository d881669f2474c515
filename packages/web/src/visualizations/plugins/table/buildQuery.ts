import type { PostProcessingStep, QueryColumn, QueryObjectInput } from '@superset-ts/shared';
import { getColumnLabel, getMetricLabel, uniqueByLabel } from '../../core/query/labels';
import { columnsOf, metricsOf } from '../../core/query/operators';
import type { OrderByItem } from '../../core/query/order-by';
import {
  buildBaseQueryObject,
  buildQueryContext,
  type QueryContextRequest,
} from '../../core/query/query-context';
import { firstPageRequest, pageWindow, type TablePageRequest } from './page-request';
import type { TableFormData, TableQueryMode } from './types';

/** The table's mode: as set, else raw when raw columns are chosen (Superset's `getQueryMode`). */
export function getQueryMode(formData: TableFormData): TableQueryMode {
  if (formData.query_mode === 'aggregate' || formData.query_mode === 'raw')
    return formData.query_mode;
  return columnsOf(formData.all_columns).length > 0 ? 'raw' : 'aggregate';
}

function parseOrderBy(items: readonly string[] | undefined): OrderByItem[] {
  return (items ?? []).flatMap((item): OrderByItem[] => {
    try {
      const parsed: unknown = JSON.parse(item);
      return Array.isArray(parsed) &&
        typeof parsed[0] === 'string' &&
        typeof parsed[1] === 'boolean'
        ? [[parsed[0], parsed[1]]]
        : [];
    } catch {
      return [];
    }
  });
}

/** The first temporal dimension carries the time grain as an x-axis-like column. */
function withTimeGrain(columns: QueryColumn[], formData: TableFormData): QueryColumn[] {
  const grain = formData.time_grain_sqla;
  const lookup = formData.temporal_columns_lookup ?? {};
  const index = grain ? columns.findIndex((c) => typeof c === 'string' && lookup[c]) : -1;
  if (index < 0) return columns;
  const name = columns[index] as string;
  const temporal = {
    timeGrain: grain,
    columnType: 'BASE_AXIS' as const,
    sqlExpression: name,
    label: name,
    expressionType: 'SQL' as const,
  };
  return [temporal, ...columns.filter((_, i) => i !== index)];
}

/** The main query and the post-processing its totals query repeats. */
interface MainQuery {
  query: QueryObjectInput;
  contribution: PostProcessingStep[];
}

function rawQuery(formData: TableFormData): MainQuery {
  const { extras = {}, ...base } = buildBaseQueryObject(formData);
  const { time_grain_sqla: _grain, ...rawExtras } = extras;
  return {
    query: {
      ...base,
      extras: rawExtras,
      columns: columnsOf(formData.all_columns),
      orderby: parseOrderBy(formData.order_by_cols),
    },
    contribution: [],
  };
}

function aggregateQuery(formData: TableFormData): MainQuery {
  const percentMetrics = uniqueByLabel(metricsOf(formData.percent_metrics), getMetricLabel);
  const metrics = uniqueByLabel(
    [...metricsOf(formData.metrics), ...percentMetrics],
    getMetricLabel,
  );
  const sortMetric = formData.timeseries_limit_metric;
  const [firstMetric] = metrics;
  const orderby: OrderByItem[] = sortMetric
    ? [[sortMetric, !(formData.order_desc ?? false)]]
    : firstMetric
      ? [[firstMetric, false]]
      : [];
  const percentLabels = percentMetrics.map(getMetricLabel);
  const contribution: PostProcessingStep[] =
    percentLabels.length > 0
      ? [
          {
            operation: 'contribution',
            options: {
              columns: percentLabels,
              rename_columns: percentLabels.map((label) => `%${label}`),
            },
          },
        ]
      : [];
  return {
    query: {
      ...buildBaseQueryObject(formData),
      columns: withTimeGrain(columnsOf(formData.groupby), formData),
      metrics,
      orderby,
      post_processing: contribution,
    },
    contribution,
  };
}

/**
 * Whether the form data asks for a file or all result rows (Superset's `isDownloadQuery`): a
 * download gets every row up to the row limit, not the page on screen.
 */
function isDownload(formData: TableFormData): boolean {
  const format = formData.result_format;
  return (
    format === 'csv' ||
    format === 'xlsx' ||
    (format === 'json' && formData.result_type === 'results')
  );
}

/** The dimension a reader searches in: the query's own column object when it is adhoc. */
function searchColumn(query: QueryObjectInput, label: string): QueryColumn {
  return (query.columns ?? []).find((column) => getColumnLabel(column) === label) ?? label;
}

/** The reader's page, sort and search applied to the main query. */
function pagedQuery(
  formData: TableFormData,
  query: QueryObjectInput,
  request: TablePageRequest,
): QueryObjectInput {
  const paged: QueryObjectInput = { ...query, ...pageWindow(formData, request) };
  if (request.sortBy) paged.orderby = [[request.sortBy.key, !request.sortBy.desc]];
  const text = request.search?.text.trim();
  if (request.search && text) {
    paged.filters = [
      ...(query.filters ?? []),
      { col: searchColumn(query, request.search.column), op: 'ILIKE', val: `%${text}%` },
    ];
  }
  return paged;
}

/**
 * The Table's query (Superset's Table `buildQuery`): in aggregate mode the dimensions and
 * metrics sorted by the sort metric or the first metric, percent metrics as shares of their
 * total; in raw mode the chosen columns and ordering.
 *
 * With `server_pagination` the first query asks for one page (`row_offset`/`row_limit`, the
 * reader's sort and search from `pageRequest`, the first page by default) and a second one
 * counts the rows of the whole result (`is_rowcount`); a download (`result_format` csv or xlsx
 * in the form data) is not paged. `show_totals` adds a last query without dimensions for the
 * totals row.
 */
export function buildTableQuery(
  formData: TableFormData,
  pageRequest?: TablePageRequest,
): QueryContextRequest {
  const isAggregate = getQueryMode(formData) === 'aggregate';
  const main = isAggregate ? aggregateQuery(formData) : rawQuery(formData);
  const queries: QueryObjectInput[] = [];
  let query = main.query;
  if (formData.server_pagination && !isDownload(formData)) {
    query = pagedQuery(formData, main.query, pageRequest ?? firstPageRequest(formData));
    const { row_offset: _offset, ...counted } = query;
    queries.push(query, {
      ...counted,
      orderby: [],
      row_limit: main.query.row_limit ?? 0,
      post_processing: [],
      is_rowcount: true,
    });
  } else {
    queries.push(query);
  }
  if (isAggregate && formData.show_totals && (query.metrics ?? []).length > 0) {
    const { row_offset: _offset, order_desc: _desc, ...totals } = query;
    queries.push({
      ...totals,
      columns: [],
      row_limit: 0,
      orderby: [],
      post_processing: main.contribution,
    });
  }
  return buildQueryContext(formData, queries);
}
