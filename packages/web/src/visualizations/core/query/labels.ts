import type { QueryColumn, QueryMetric } from '@superset-ts/shared';

/** The pseudo column of legacy time-series queries (Superset's `DTTM_ALIAS`). */
export const DTTM_ALIAS = '__timestamp';

/**
 * A metric's label, the name of its column in the results (Superset's `getMetricLabel`): a
 * saved metric's name; an adhoc metric's label, else its SQL, else `AGG(column)`.
 */
export function getMetricLabel(metric: QueryMetric): string {
  if (typeof metric === 'string') return metric;
  if (metric.label) return metric.label;
  if (metric.expressionType === 'SQL') return metric.sqlExpression ?? '';
  const column = metric.column?.column_name ?? '';
  return metric.aggregate ? `${metric.aggregate}(${column})` : column;
}

/** A column's label (Superset's `getColumnLabel`): its name, or an adhoc column's label or SQL. */
export function getColumnLabel(column: QueryColumn): string {
  if (typeof column === 'string') return column;
  return column.label || column.sqlExpression;
}

/** The items whose labels were not seen before, in order (Superset's `removeDuplicates`). */
export function uniqueByLabel<T>(items: readonly T[], labelOf: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const label = labelOf(item);
    if (seen.has(label)) return false;
    seen.add(label);
    return true;
  });
}
