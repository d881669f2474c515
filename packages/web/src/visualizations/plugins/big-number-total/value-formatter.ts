import type { ChartDataResult } from '@superset-ts/shared';
import { columnTypeOf, GenericDataType } from '../../core/query/results';
import { getNumberFormatter } from '../../formatting/number-formatter';
import { getTimeFormatter } from '../../formatting/time-formatter';

/** How a big number's value is written: as a time when it is one (or forced), else as a number. */
export function bigNumberFormatter(
  result: ChartDataResult | undefined,
  metricLabel: string,
  formData: { y_axis_format?: string; time_format?: string; force_timestamp_formatting?: boolean },
): (value: unknown) => string {
  const columnType = columnTypeOf(result, metricLabel);
  const isTime =
    formData.force_timestamp_formatting === true ||
    columnType === GenericDataType.TEMPORAL ||
    columnType === GenericDataType.STRING;
  if (isTime) {
    const formatTime = getTimeFormatter(formData.time_format);
    return (value) =>
      typeof value === 'number' || value instanceof Date ? formatTime(value) : String(value);
  }
  const formatNumber = getNumberFormatter(formData.y_axis_format);
  return (value) => formatNumber(typeof value === 'number' ? value : Number(value));
}
