import type { ChartDataResult } from '@superset-ts/shared';
import type { TimeFormatter } from '../../formatting/time-formatter';
import { cellText, columnTypeOf, GenericDataType } from './results';

/** How a missing dimension value shows in a name (Superset's `NULL_STRING`). */
export const NULL_LABEL = '<NULL>';

/**
 * Names rows by their dimension values (Superset's `extractGroupbyLabel`): the values of the
 * columns joined with ", ", temporal values in the time format, missing values as `<NULL>`.
 * Rows of a chart without dimensions get an empty name.
 */
export function createGroupbyLabeler(
  result: ChartDataResult | undefined,
  columns: readonly string[],
  formatTime: TimeFormatter,
): (row: Readonly<Record<string, unknown>>) => string {
  const temporal = columns.map(
    (column) => columnTypeOf(result, column) === GenericDataType.TEMPORAL,
  );
  return (row) =>
    columns
      .map((column, index) => {
        const value = row[column];
        if (value === null || value === undefined) return NULL_LABEL;
        if (temporal[index] && typeof value === 'number') return formatTime(value);
        return cellText(value);
      })
      .join(', ');
}
