import type { QueryDataset } from '../../query-engine/query-dataset.js';

/** Renders one piece of SQL (Jinja, or the engine's custom processor) for this query. */
export type RenderSqlPiece = (sql: string) => Promise<string>;

async function rendered<T extends string | null>(sql: T, render: RenderSqlPiece): Promise<T> {
  return sql === null || sql.trim() === '' ? sql : ((await render(sql)) as T);
}

/**
 * The dataset with its SQL templates rendered, as Superset's query builder runs its template
 * processor over them: a virtual dataset's SQL, saved metric expressions and calculated
 * column expressions. (The query's own free SQL is rendered by the query engine's
 * `renderQueryTemplates`.)
 */
export async function renderDatasetTemplates(
  dataset: QueryDataset,
  render: RenderSqlPiece,
): Promise<QueryDataset> {
  const [sql, metrics, columns] = await Promise.all([
    rendered(dataset.sql, render),
    Promise.all(
      dataset.metrics.map(async (metric) => ({
        ...metric,
        expression: await rendered(metric.expression, render),
      })),
    ),
    Promise.all(
      dataset.columns.map(async (column) => ({
        ...column,
        expression: await rendered(column.expression, render),
      })),
    ),
  ]);
  return { ...dataset, sql, metrics, columns };
}
