import type { QueryColumn, TimeGrain } from '@superset-ts/shared';
import { AppError } from '../errors/app-error.js';
import type { BuildContext } from './build-context.js';
import { adhocColumnSql, datasetColumnSql, timestampSql } from './column-sql.js';
import { columnLabel, isAdhocColumn } from './labels.js';
import type { SelectItem } from './select-item.js';

/**
 * A dimension as a select item, as Superset's `get_sqla_query`: the granularity column
 * truncated to the query's grain (labelled with its name), a dataset column (calculated
 * columns as their expression), or an adhoc column. A name the dataset does not have is
 * refused (Superset would run it as SQL; here free SQL must come as an adhoc column, so it
 * is checked and counts as free-text SQL).
 */
export function dimensionItem(
  context: BuildContext,
  column: QueryColumn,
  granularity: string | null,
  grain: TimeGrain | null,
): SelectItem {
  const label = columnLabel(column);
  if (isAdhocColumn(column)) return { sql: adhocColumnSql(context, column).sql, label };
  const known = context.columnsByName.get(column);
  if (!known) {
    throw new AppError(
      'QUERY_OBJECT_VALIDATION_ERROR',
      `Column "${column.slice(0, 200)}" does not exist in the dataset.`,
    );
  }
  if (column === granularity) return { sql: timestampSql(context, known, grain), label };
  return { sql: datasetColumnSql(context, known), label };
}
