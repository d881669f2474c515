import type { ChartDataResult } from '@superset-ts/shared';
import type { TransformContext } from '../../core/chart-plugin';
import { getColumnLabel, getMetricLabel } from '../../core/query/labels';
import { columnsOf, metricsOf } from '../../core/query/operators';
import { cellText, columnTypeOf, GenericDataType } from '../../core/query/results';
import { NumberFormats } from '../../formatting/number-formats';
import { getNumberFormatter } from '../../formatting/number-formatter';
import { getTimeFormatter, getTimeFormatterForGranularity } from '../../formatting/time-formatter';
import { getQueryMode } from './buildQuery';
import { createCellBar } from './cell-bars';
import { parseColumnConfigs, type ColumnConfig } from './column-config';
import type { TableColumn, TableColumnKind, TableFormData } from './types';

/** What missing values show as. */
export const MISSING_VALUE_TEXT = 'N/A';

function kindOf(columnType: number | undefined, isPercent: boolean): TableColumnKind {
  if (isPercent) return 'percent';
  if (columnType === GenericDataType.NUMERIC) return 'number';
  if (columnType === GenericDataType.TEMPORAL) return 'time';
  return 'text';
}

function numberFormatOf(kind: TableColumnKind, config: ColumnConfig): (value: number) => string {
  const fallback = kind === 'percent' ? NumberFormats.PERCENT_3_POINT : NumberFormats.SMART_NUMBER;
  const format = getNumberFormatter(config.d3NumberFormat ?? fallback);
  const small = config.d3SmallNumberFormat
    ? getNumberFormatter(config.d3SmallNumberFormat)
    : undefined;
  return small ? (value) => (Math.abs(value) < 1 ? small(value) : format(value)) : format;
}

function createFormat(
  kind: TableColumnKind,
  config: ColumnConfig,
  formData: TableFormData,
  isPlainNumber: boolean,
): (value: unknown) => string {
  const formatNumber = isPlainNumber
    ? (value: number) => String(value)
    : numberFormatOf(kind, config);
  const timeFormat = config.d3TimeFormat ?? formData.table_timestamp_format;
  const formatTime = timeFormat
    ? getTimeFormatter(timeFormat)
    : getTimeFormatterForGranularity(formData.time_grain_sqla);
  return (value) => {
    if (value === null || value === undefined) return MISSING_VALUE_TEXT;
    if ((kind === 'number' || kind === 'percent') && typeof value === 'number') {
      return formatNumber(value);
    }
    if (kind === 'time' && typeof value === 'number') return formatTime(value);
    return cellText(value);
  };
}

function* valuesOf(rows: readonly Record<string, unknown>[], key: string): Generator<unknown> {
  for (const row of rows) yield row[key];
}

/**
 * The table's columns from the result's columns (Superset's Table `processColumns`): verbose
 * labels, SMART_NUMBER numbers, `,.3%` percent metrics, times in the timestamp format or the
 * grain's, per-column overrides from `column_config`, and cell bars on numeric metric columns
 * (every numeric column of raw records) unless turned off.
 *
 * @param rows the rows the cell bars are scaled to
 */
export function createTableColumns(
  formData: TableFormData,
  result: ChartDataResult | undefined,
  rows: readonly Record<string, unknown>[],
  context: TransformContext,
): TableColumn[] {
  const configs = parseColumnConfigs(formData.column_config);
  const isRaw = getQueryMode(formData) === 'raw';
  const metricLabels = new Set(metricsOf(formData.metrics).map(getMetricLabel));
  const dimensions = new Map(
    isRaw ? [] : columnsOf(formData.groupby).map((column) => [getColumnLabel(column), column]),
  );
  const percentMetricLabels = metricsOf(formData.percent_metrics).map(getMetricLabel);
  const percentLabels = new Set(percentMetricLabels.map((label) => `%${label}`));
  // A percent metric's own values are queried for the shares, but shown only when it is also
  // one of the metrics (as Superset).
  const hidden = new Set(percentMetricLabels.filter((label) => !metricLabels.has(label)));
  return (result?.colnames ?? []).flatMap((key): TableColumn[] => {
    const config = configs[key] ?? {};
    if (config.visible === false || hidden.has(key)) return [];
    const isPercent = percentLabels.has(key);
    const kind = kindOf(columnTypeOf(result, key), isPercent);
    const isNumeric = kind === 'number' || kind === 'percent';
    const isMetric = isPercent || metricLabels.has(key);
    const hasBars =
      isNumeric && (isMetric || isRaw) && (config.showCellBars ?? formData.show_cell_bars ?? true);
    const cellBar = hasBars
      ? createCellBar(valuesOf(rows, key), {
          alignPositiveNegative: config.alignPositiveNegative ?? formData.align_pn ?? false,
          colorPositiveNegative: config.colorPositiveNegative ?? formData.color_pn ?? true,
        })
      : undefined;
    const column: TableColumn = {
      key,
      label: config.headerText ?? context.verboseMap?.[key] ?? key,
      kind,
      isMetric,
      align: config.horizontalAlign ?? (isNumeric ? 'right' : 'left'),
      // A numeric dimension (a year, a code) reads as it is, not as a rounded quantity.
      format: createFormat(
        kind,
        config,
        formData,
        kind === 'number' && !isMetric && !isRaw && !config.d3NumberFormat,
      ),
      isServerSortable: !isPercent,
    };
    if (config.columnWidth) column.width = config.columnWidth;
    // Times are left out: their cells show a formatted bucket, not a value to filter on.
    const dimension = dimensions.get(key);
    if (dimension !== undefined && kind !== 'time') column.filterColumn = dimension;
    if (cellBar) column.cellBar = cellBar;
    return [column];
  });
}
