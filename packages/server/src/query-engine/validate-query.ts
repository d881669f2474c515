import type { QueryObject } from '@superset-ts/shared';
import { AppError } from '../errors/app-error.js';
import { columnLabel, DTTM_ALIAS, metricLabel } from './labels.js';

/**
 * Superset's `QueryObject.validate`: labels of columns and metrics are unique, and every
 * series column is one of the columns.
 */
export function validateQueryObject(query: QueryObject): void {
  const labels = [
    ...query.columns.map(columnLabel).filter((label) => label !== DTTM_ALIAS),
    ...(query.metrics ?? []).map(metricLabel),
  ];
  const duplicates = [...new Set(labels.filter((label, index) => labels.indexOf(label) !== index))];
  if (duplicates.length > 0) {
    throw new AppError(
      'QUERY_OBJECT_VALIDATION_ERROR',
      `Duplicate column/metric labels: ${duplicates.map((label) => `"${label.slice(0, 100)}"`).join(', ')}. Please make sure all columns and metrics have a unique label.`,
    );
  }
  const columnLabels = new Set(query.columns.map(columnLabel));
  const missing = query.series_columns.map(columnLabel).filter((label) => !columnLabels.has(label));
  if (missing.length > 0) {
    throw new AppError(
      'QUERY_OBJECT_VALIDATION_ERROR',
      `The following entries in \`series_columns\` are missing in \`columns\`: ${missing.join(', ').slice(0, 500)}.`,
    );
  }
}
