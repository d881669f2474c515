import type { QueryObject } from '@superset-ts/shared';
import { AppError } from '../errors/app-error.js';
import type { BuildContext } from './build-context.js';
import { datasetColumnSql } from './column-sql.js';
import { aliasFor, isAdhocMetric, metricLabel } from './labels.js';
import { metricSql } from './metric-sql.js';
import type { SelectItem } from './select-item.js';

/**
 * ORDER BY terms, as Superset's: an adhoc metric, a dataset column, a selected metric's label
 * or a saved metric. A term that is a selected output orders by its alias (so a truncated
 * time column orders by its bucket, not the raw column).
 *
 * @throws AppError QUERY_OBJECT_VALIDATION_ERROR for an unknown reference.
 */
export function orderByTerms(
  context: BuildContext,
  orderby: QueryObject['orderby'],
  selected: readonly SelectItem[],
): string[] {
  const aliasOf = (label: string) => context.quote(aliasFor(label, context.dialect));
  const byLabel = new Map(selected.map((item) => [item.label, item]));
  const bySql = new Map(selected.map((item) => [item.sql, item]));
  return orderby.map(([reference, ascending]) => {
    const direction = ascending ? 'ASC' : 'DESC';
    if (isAdhocMetric(reference)) {
      const metric = metricSql(context, reference);
      const same = bySql.get(metric.sql) ?? byLabel.get(metricLabel(reference));
      return `${same && same.sql === metric.sql ? aliasOf(same.label) : metric.sql} ${direction}`;
    }
    if (byLabel.has(reference)) return `${aliasOf(reference)} ${direction}`;
    const column = context.columnsByName.get(reference);
    if (column) return `${datasetColumnSql(context, column)} ${direction}`;
    const saved = context.metricsByName.get(reference);
    if (saved) return `${saved.expression} ${direction}`;
    throw new AppError(
      'QUERY_OBJECT_VALIDATION_ERROR',
      `Unknown column used in orderby: ${reference.slice(0, 200)}.`,
    );
  });
}
