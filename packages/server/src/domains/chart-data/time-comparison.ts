import type { QueryObject } from '@superset-ts/shared';
import { columnLabel, DTTM_ALIAS, type BuiltChartQuery } from '../../query-engine/index.js';
import { isAdhocColumn } from '../../query-engine/labels.js';

/** How time-offset results are joined to the main one: on time and the other dimensions. */
export interface TimeComparisonColumns {
  timeColumn: string;
  joinColumns: string[];
  metricLabels: string[];
}

/**
 * The columns of a time comparison: the time column is the x-axis (`columnType: BASE_AXIS`),
 * else `__timestamp` of a legacy time series, else the granularity when it is selected; the
 * other dimensions must match too. Null when the query has no time column.
 */
export function timeComparisonColumns(
  query: QueryObject,
  built: Pick<BuiltChartQuery, 'dimensionLabels' | 'metricLabels'>,
): TimeComparisonColumns | null {
  const axis = query.columns.find(
    (column) => isAdhocColumn(column) && column.columnType === 'BASE_AXIS',
  );
  const dimensions = built.dimensionLabels;
  let timeColumn: string | null = null;
  if (axis !== undefined) timeColumn = columnLabel(axis);
  else if (dimensions.includes(DTTM_ALIAS)) timeColumn = DTTM_ALIAS;
  else if (query.granularity && dimensions.includes(query.granularity)) {
    timeColumn = query.granularity;
  }
  if (timeColumn === null) return null;
  return {
    timeColumn,
    joinColumns: dimensions.filter((label) => label !== timeColumn),
    metricLabels: [...built.metricLabels],
  };
}
