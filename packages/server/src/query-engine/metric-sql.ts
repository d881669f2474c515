import type { AdhocMetric, QueryMetric } from '@superset-ts/shared';
import { AppError } from '../errors/app-error.js';
import type { BuildContext } from './build-context.js';
import { datasetColumnSql } from './column-sql.js';
import { isAdhocMetric, metricLabel } from './labels.js';

/** A metric's SQL and label. */
export interface MetricSql {
  sql: string;
  label: string;
}

/**
 * A metric as SQL: a saved metric's expression; a SIMPLE adhoc metric as `AGG(column)`
 * (COUNT_DISTINCT as `COUNT(DISTINCT column)`); a SQL adhoc metric as its checked expression.
 *
 * @throws AppError QUERY_OBJECT_VALIDATION_ERROR for an unknown saved metric or an incomplete adhoc one.
 */
export function metricSql(context: BuildContext, metric: QueryMetric): MetricSql {
  const label = metricLabel(metric);
  if (!isAdhocMetric(metric)) {
    const saved = context.metricsByName.get(metric);
    if (!saved) {
      throw new AppError(
        'QUERY_OBJECT_VALIDATION_ERROR',
        `Metric '${metric.slice(0, 200)}' does not exist.`,
      );
    }
    return { sql: saved.expression, label };
  }
  return { sql: adhocMetricSql(context, metric), label };
}

function adhocMetricSql(context: BuildContext, metric: AdhocMetric): string {
  if (metric.expressionType === 'SQL') {
    if (!metric.sqlExpression) {
      throw new AppError('QUERY_OBJECT_VALIDATION_ERROR', 'A custom SQL metric has no SQL.');
    }
    return context.clause(
      metric.sqlExpression,
      'expression',
      `the metric "${metricLabel(metric)}"`,
    );
  }
  const columnName = metric.column?.column_name;
  if (!columnName || !metric.aggregate) {
    throw new AppError(
      'QUERY_OBJECT_VALIDATION_ERROR',
      `The metric "${metricLabel(metric)}" needs a column and an aggregate.`,
    );
  }
  const known = context.columnsByName.get(columnName);
  const column = known ? datasetColumnSql(context, known) : context.quote(columnName);
  if (metric.aggregate === 'COUNT_DISTINCT') return `COUNT(DISTINCT ${column})`;
  return `${metric.aggregate}(${column})`;
}
