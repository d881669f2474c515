import type { QueryColumn, QueryMetric, QueryObject } from '@superset-ts/shared';
import { isAdhocColumn, isAdhocMetric } from './labels.js';
import type { QueryDataset } from './query-dataset.js';

const isSqlMetric = (metric: QueryMetric | null | undefined): boolean =>
  metric !== null &&
  metric !== undefined &&
  isAdhocMetric(metric) &&
  metric.expressionType === 'SQL';

/**
 * Whether a query object carries SQL its author typed: adhoc SQL metrics (also in ordering
 * and the series limit), SIMPLE metrics over a column the dataset does not have, adhoc columns (also as series or filter columns) whose expression
 * is not just the name of a dataset column, or `extras.where`/`having`. The chart data API
 * requires SQL Lab access for such queries. Without the dataset every adhoc column counts.
 */
export function usesFreeTextSql(
  query: QueryObject,
  dataset?: Pick<QueryDataset, 'columns'>,
): boolean {
  const names = new Set(dataset?.columns.map((column) => column.column_name) ?? []);
  const isSqlColumn = (column: QueryColumn): boolean =>
    isAdhocColumn(column) && !names.has(column.sqlExpression.trim());
  // A SIMPLE metric over a name the dataset does not describe reaches the table's hidden
  // columns (the name is quoted, never run as SQL): only SQL Lab users may do that.
  const isFreeMetric = (metric: QueryMetric | null | undefined): boolean =>
    isSqlMetric(metric) ||
    (metric !== null &&
      metric !== undefined &&
      isAdhocMetric(metric) &&
      metric.expressionType === 'SIMPLE' &&
      typeof metric.column?.column_name === 'string' &&
      !names.has(metric.column.column_name));
  return (
    Boolean(query.extras.where?.trim()) ||
    Boolean(query.extras.having?.trim()) ||
    (query.metrics ?? []).some(isFreeMetric) ||
    isFreeMetric(query.series_limit_metric) ||
    query.orderby.some(([reference]) => typeof reference !== 'string' && isFreeMetric(reference)) ||
    query.columns.some(isSqlColumn) ||
    query.series_columns.some(isSqlColumn) ||
    query.filters.some((filter) => isSqlColumn(filter.col))
  );
}

/** Renders one piece of SQL (a Jinja template); the caller's template processor. */
export type RenderSql = (sql: string) => Promise<string>;

/**
 * The query with every piece of free SQL rendered by `render` (Superset processes templates
 * in adhoc expressions and extras before building): adhoc metric and column expressions,
 * ordering metrics, the series limit metric, filter columns and `extras.where`/`having`.
 */
export async function renderQueryTemplates(
  query: QueryObject,
  render: RenderSql,
): Promise<QueryObject> {
  const metric = async (value: QueryMetric): Promise<QueryMetric> => {
    if (!isAdhocMetric(value) || !value.sqlExpression) return value;
    return { ...value, sqlExpression: await render(value.sqlExpression) };
  };
  const column = async (value: QueryColumn): Promise<QueryColumn> =>
    isAdhocColumn(value) ? { ...value, sqlExpression: await render(value.sqlExpression) } : value;
  const extras = { ...query.extras };
  if (extras.where) extras.where = await render(extras.where);
  if (extras.having) extras.having = await render(extras.having);
  return {
    ...query,
    extras,
    metrics: query.metrics ? await Promise.all(query.metrics.map(metric)) : query.metrics,
    series_limit_metric: query.series_limit_metric
      ? await metric(query.series_limit_metric)
      : query.series_limit_metric,
    orderby: await Promise.all(
      query.orderby.map(async ([reference, ascending]): Promise<[QueryMetric, boolean]> => [
        await metric(reference),
        ascending,
      ]),
    ),
    columns: await Promise.all(query.columns.map(column)),
    series_columns: await Promise.all(query.series_columns.map(column)),
    filters: await Promise.all(
      query.filters.map(async (filter) => ({ ...filter, col: await column(filter.col) })),
    ),
  };
}
