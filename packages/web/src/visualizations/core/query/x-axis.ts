import type { QueryColumn, QueryObjectInput } from '@superset-ts/shared';
import type { ChartFormData } from '../form-data';
import { getColumnLabel } from './labels';

function isQueryColumn(value: unknown): value is QueryColumn {
  if (typeof value === 'string') return value !== '';
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { sqlExpression?: unknown }).sqlExpression === 'string'
  );
}

/** Whether the form data chooses an x-axis column (Superset's `isXAxisSet`). */
export function isXAxisSet(formData: ChartFormData): boolean {
  return isQueryColumn(formData.x_axis);
}

/** The x-axis column, or undefined when none is chosen. */
export function getXAxisColumn(formData: ChartFormData): QueryColumn | undefined {
  return isQueryColumn(formData.x_axis) ? formData.x_axis : undefined;
}

/** The x-axis column's label (its column name in the results), or undefined. */
export function getXAxisLabel(formData: ChartFormData): string | undefined {
  const column = getXAxisColumn(formData);
  return column === undefined ? undefined : getColumnLabel(column);
}

function isSameColumn(column: QueryColumn, xAxis: QueryColumn): boolean {
  if (typeof column === 'string' || typeof xAxis === 'string') return column === xAxis;
  return column.sqlExpression === xAxis.sqlExpression;
}

/**
 * Marks the x-axis among a query's columns as the `BASE_AXIS` with the query's time grain,
 * and drops `extras.time_grain_sqla` and `is_timeseries` (Superset's `normalizeTimeColumn`).
 * A query without the x-axis column is returned unchanged.
 */
export function normalizeTimeColumn(
  formData: ChartFormData,
  query: QueryObjectInput,
): QueryObjectInput {
  const xAxis = getXAxisColumn(formData);
  const columns = query.columns ?? [];
  const index = xAxis === undefined ? -1 : columns.findIndex((c) => isSameColumn(c, xAxis));
  if (xAxis === undefined || index < 0) return query;

  const { time_grain_sqla: timeGrain, ...extras } = query.extras ?? {};
  const axisColumn = columns[index] as QueryColumn;
  const baseAxis =
    typeof axisColumn === 'string'
      ? { sqlExpression: axisColumn, label: axisColumn, expressionType: 'SQL' as const }
      : axisColumn;
  const normalizedColumns = [...columns];
  normalizedColumns[index] = { timeGrain, columnType: 'BASE_AXIS', ...baseAxis };
  const { is_timeseries: _dropped, ...rest } = query;
  return { ...rest, columns: normalizedColumns, extras };
}
