import type { ChartDataResult } from '@superset-ts/shared';
import { NULL_LABEL } from '../../core/query/groupby-label';
import { cellText, columnTypeOf, GenericDataType } from '../../core/query/results';
import type { TimeFormatter } from '../../formatting/time-formatter';
import type { TreeLevel } from './build-tree';

/**
 * The levels of a hierarchy chart, one per dimension column: temporal values in the date
 * format, missing values as `<NULL>`, anything else as its text.
 */
export function hierarchyLevels(
  result: ChartDataResult | undefined,
  columns: readonly string[],
  formatTime: TimeFormatter,
): TreeLevel[] {
  return columns.map((column) => {
    const isTemporal = columnTypeOf(result, column) === GenericDataType.TEMPORAL;
    return {
      column,
      nameOf: (value: unknown) => {
        if (value === null || value === undefined) return NULL_LABEL;
        if (isTemporal && typeof value === 'number') return formatTime(value);
        return cellText(value);
      },
    };
  });
}
