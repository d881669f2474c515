import { cellText, GenericDataType } from '../../core/query/results';
import { getNumberFormatter, type NumberFormatter } from '../../formatting/number-formatter';
import type { TimeFormatter } from '../../formatting/time-formatter';
import { numberValue, type ChartFormData } from '../../core/form-data';
import { comparisonTypeOf, timeShiftsOf } from '../../core/advanced-analytics/time-comparison';

/** The ECharts axis type of the x-axis column. */
export type XAxisType = 'time' | 'value' | 'category';

/** Time columns get a time axis, numbers a value axis, anything else a category axis. */
export function xAxisTypeOf(columnType: number | undefined): XAxisType {
  if (columnType === GenericDataType.TEMPORAL) return 'time';
  if (columnType === GenericDataType.NUMERIC) return 'value';
  return 'category';
}

/** How an x value appears on a category axis (and in the points placed on it). */
export function categoryOf(value: unknown): string {
  return value === null || value === undefined ? '<NULL>' : cellText(value);
}

/**
 * The number formatter of the values: the y-axis format, but a percentage (the y-axis format
 * when it is one, else `,.0%`) when the values are shares (contribution) or percentage changes.
 */
export function valueFormatterOf(formData: ChartFormData, format: unknown): NumberFormatter {
  const isPercentChange =
    comparisonTypeOf(formData) === 'percentage' && timeShiftsOf(formData).length > 0;
  const isShare = formData.contributionMode === 'row' || formData.contributionMode === 'column';
  const text = typeof format === 'string' ? format : undefined;
  if (isShare || isPercentChange) {
    return getNumberFormatter(text?.includes('%') ? text : ',.0%');
  }
  return getNumberFormatter(text);
}

/** The x-axis of a time series: time, value or category, labels in the chosen time format. */
export function xAxisOption(options: {
  type: XAxisType;
  categories: readonly unknown[];
  formatTime: TimeFormatter;
  rotation: unknown;
  /** A vertical category axis lists the first category at the top. */
  isVertical?: boolean;
}): Record<string, unknown> {
  const { type } = options;
  const rotate = numberValue(options.rotation) ?? 0;
  return {
    type,
    ...(type === 'category' ? { data: options.categories.map(categoryOf) } : {}),
    ...(type === 'category' && options.isVertical ? { inverse: true } : {}),
    axisLabel: {
      hideOverlap: true,
      rotate,
      ...(type === 'time' ? { formatter: (value: number) => options.formatTime(value) } : {}),
    },
  };
}

/** A value axis, labels in the chosen number format, optionally logarithmic. */
export function valueAxisOption(options: {
  formatValue: NumberFormatter;
  isLog?: boolean;
  /** The secondary axis draws no grid lines of its own. */
  isSecondary?: boolean;
}): Record<string, unknown> {
  return {
    type: options.isLog ? 'log' : 'value',
    axisLabel: { formatter: (value: number) => options.formatValue(value) },
    ...(options.isSecondary ? { splitLine: { show: false } } : {}),
  };
}
