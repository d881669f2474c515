import type { ChartDataResult } from '@superset-ts/shared';
import type { TransformContext } from '../../core/chart-plugin';
import { getColumnLabel, getMetricLabel } from '../../core/query/labels';
import { columnsOf, metricsOf } from '../../core/query/operators';
import { columnTypeOf, GenericDataType, rowsOf } from '../../core/query/results';
import { getNumberFormatter } from '../../formatting/number-formatter';
import { SMART_DATE_ID } from '../../formatting/time-formats';
import { getTimeFormatter, getTimeFormatterForGranularity } from '../../formatting/time-formatter';
import {
  cellBackground,
  createCellColorRules,
  numericValues,
  parseConditionalFormatting,
} from '../table/conditional-formatting';
import { readAggregateFunction, type AggregateValue } from './pivot/aggregators';
import { METRIC_LEVEL } from './pivot/pivot-data';
import type { PivotKey, PivotValue } from './pivot/pivot-key';
import { buildPivotModel, type PivotModel } from './pivot/pivot-model';
import { readPivotOrder } from './pivot/pivot-order';
import type { PivotTableFormData, PivotTableProps } from './types';

/** What the metric level of the headers is called. */
export const METRIC_LEVEL_LABEL = 'Metric';

function headerFormatter(
  formData: PivotTableFormData,
  result: ChartDataResult | undefined,
  context: TransformContext,
): (level: string, value: PivotValue) => string {
  const dateFormat = formData.date_format;
  const formatTime =
    dateFormat && dateFormat !== SMART_DATE_ID
      ? getTimeFormatter(dateFormat)
      : getTimeFormatterForGranularity(formData.time_grain_sqla);
  const temporal = new Set(
    (result?.colnames ?? []).filter(
      (name) => columnTypeOf(result, name) === GenericDataType.TEMPORAL,
    ),
  );
  return (level, value) => {
    if (value === null) return 'null';
    if (level === METRIC_LEVEL) return context.verboseMap?.[String(value)] ?? String(value);
    if (temporal.has(level) && typeof value === 'number') return formatTime(value);
    return String(value);
  };
}

function valueFormatter(formData: PivotTableFormData) {
  const format = getNumberFormatter(formData.valueFormat);
  return (value: AggregateValue | undefined): string => {
    if (value === undefined || value === null) return '';
    if (typeof value === 'number') return format(value);
    return value.map((item) => format(item)).join(', ');
  };
}

/** The metric a cell shows: the value of the metric level in its row or column path. */
function metricOf(model: PivotModel, rowKey: PivotKey, columnKey: PivotKey) {
  const rowIndex = model.rowLevels.indexOf(METRIC_LEVEL);
  if (rowIndex >= 0) return rowKey[rowIndex];
  const columnIndex = model.columnLevels.indexOf(METRIC_LEVEL);
  return columnIndex >= 0 ? columnKey[columnIndex] : undefined;
}

const isTrueOr = (value: unknown, name: string) => value === true || value === name;

/**
 * The Pivot Table's props (Superset's pivot table `transformProps` and the pivot it draws): the
 * laid-out pivot, how headers and values are written, and the conditional formatting of cells
 * (leaf cells of the rule's metric, shaded within that metric's values).
 */
export function transformPivotTableProps(
  formData: PivotTableFormData,
  queriesResponse: readonly ChartDataResult[],
  context: TransformContext,
): PivotTableProps {
  const [result] = queriesResponse;
  const records = rowsOf(result);
  const metrics = metricsOf(formData.metrics).map(getMetricLabel);
  const rowDimensions = columnsOf(formData.groupbyRows).map(getColumnLabel);
  const columnDimensions = columnsOf(formData.groupbyColumns).map(getColumnLabel);
  const aggregateFunction = readAggregateFunction(formData.aggregateFunction);
  const model = buildPivotModel({
    records,
    rowDimensions,
    columnDimensions,
    metrics,
    metricsLayout: formData.metricsLayout === 'ROWS' ? 'ROWS' : 'COLUMNS',
    combineMetric: formData.combineMetric === true,
    transposePivot: formData.transposePivot === true,
    aggregateFunction,
    rowTotals: formData.rowTotals === true,
    colTotals: formData.colTotals === true,
    rowSubTotals: formData.rowSubTotals === true,
    colSubTotals: formData.colSubTotals === true,
    rowSubtotalsFirst: isTrueOr(formData.rowSubtotalPosition, 'top'),
    colSubtotalsFirst: isTrueOr(formData.colSubtotalPosition, 'left'),
    rowOrder: readPivotOrder(formData.rowOrder),
    colOrder: readPivotOrder(formData.colOrder),
  });
  const rules = createCellColorRules(
    parseConditionalFormatting(formData.conditional_formatting),
    (metric) => numericValues(records, metric),
  );
  const levelLabel = (level: string) =>
    level === METRIC_LEVEL ? METRIC_LEVEL_LABEL : (context.verboseMap?.[level] ?? level);
  const isLeaf = (key: PivotKey, levels: readonly string[]) => key.length === levels.length;
  return {
    model,
    rowLevelLabels: model.rowLevels.map(levelLabel),
    columnLevelLabels: model.columnLevels.map(levelLabel),
    formatHeader: headerFormatter(formData, result, context),
    formatValue: valueFormatter(formData),
    cellColor: (rowKey, columnKey, value) => {
      if (rules.length === 0 || typeof value !== 'number') return undefined;
      if (!isLeaf(rowKey, model.rowLevels) || !isLeaf(columnKey, model.columnLevels)) {
        return undefined;
      }
      const metric = metricOf(model, rowKey, columnKey);
      return metric === undefined ? undefined : cellBackground(rules, String(metric), value);
    },
    totalLabel: `Total (${aggregateFunction})`,
  };
}
