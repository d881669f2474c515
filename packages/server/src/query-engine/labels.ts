import { createHash } from 'node:crypto';
import type { AdhocColumn, AdhocMetric, QueryColumn, QueryMetric } from '@superset-ts/shared';
import type { Dialect } from '@superset-ts/engines';
import { AppError } from '../errors/app-error.js';

/** Superset's pseudo column of legacy time-series charts (`DTTM_ALIAS`). */
export const DTTM_ALIAS = '__timestamp';

/** Whether a metric is adhoc (an object) rather than a saved metric's name. */
export function isAdhocMetric(metric: QueryMetric): metric is AdhocMetric {
  return typeof metric !== 'string';
}

/** Whether a column is adhoc (an object) rather than a dataset column's name. */
export function isAdhocColumn(column: QueryColumn): column is AdhocColumn {
  return typeof column !== 'string';
}

/**
 * A metric's label as Superset's `get_metric_name`: a saved metric's name; an adhoc metric's
 * label, else its SQL, else `AGG(column)`.
 */
export function metricLabel(metric: QueryMetric): string {
  if (!isAdhocMetric(metric)) return metric;
  if (metric.label) return metric.label;
  if (metric.expressionType === 'SQL' && metric.sqlExpression) return metric.sqlExpression;
  const columnName = metric.column?.column_name;
  if (metric.expressionType === 'SIMPLE' && columnName) {
    return metric.aggregate ? `${metric.aggregate}(${columnName})` : columnName;
  }
  throw new AppError(
    'QUERY_OBJECT_VALIDATION_ERROR',
    'An adhoc metric has no label, no SQL expression and no column.',
  );
}

/** A column's label as Superset's `get_column_name`: its name, or the adhoc label, else its SQL. */
export function columnLabel(column: QueryColumn): string {
  if (!isAdhocColumn(column)) return column;
  return column.label || column.sqlExpression;
}

/**
 * The alias a label gets in SQL: the label itself, or, when it is longer than the engine
 * accepts, a hash of it cut to that length (Superset's `_truncate_label`). Results are read
 * by position and named with the label, so a hashed alias never shows.
 */
export function aliasFor(label: string, dialect: Dialect): string {
  const max = dialect.maxColumnNameLength;
  if (max === undefined || label.length <= max) return label;
  return createHash('sha256').update(label).digest('hex').slice(0, max);
}
