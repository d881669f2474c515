/** Adhoc metrics and filters of form data, as Explore saves them. */

type Aggregate = 'SUM' | 'AVG' | 'MAX' | 'MIN' | 'COUNT' | 'COUNT_DISTINCT';

/** `AGG(column)` as a SIMPLE adhoc metric, labelled as Explore labels it (or `label`). */
export function aggregate(fn: Aggregate, column: string, label?: string): Record<string, unknown> {
  return {
    expressionType: 'SIMPLE',
    aggregate: fn,
    column: { column_name: column },
    label: label ?? `${fn}(${column})`,
    hasCustomLabel: label !== undefined,
  };
}

/** A SQL adhoc metric. */
export function sqlMetric(sqlExpression: string, label: string): Record<string, unknown> {
  return { expressionType: 'SQL', sqlExpression, label, hasCustomLabel: true };
}

/** `COUNT(*)`. */
export const countStar = (label = 'COUNT(*)') => sqlMetric('COUNT(*)', label);

/** A WHERE filter `column operator value` as an adhoc filter. */
export function whereFilter(
  subject: string,
  operator: string,
  comparator?: unknown,
): Record<string, unknown> {
  return {
    expressionType: 'SIMPLE',
    clause: 'WHERE',
    subject,
    operator,
    ...(comparator === undefined ? {} : { comparator }),
  };
}

/**
 * The time range filter Explore puts on a chart's time column: `No filter` until a
 * dashboard's time filter replaces its range.
 */
export function timeRange(column: string, range = 'No filter'): Record<string, unknown> {
  return whereFilter(column, 'TEMPORAL_RANGE', range);
}
