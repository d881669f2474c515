import type { AggregateFunction, AggregateValue } from './aggregators';
import { buildAxis, type AxisEntry } from './pivot-axis';
import { buildPivotData, METRIC_LEVEL } from './pivot-data';
import { buildColumnHeaderRows, type ColumnHeaderCell } from './pivot-headers';
import type { PivotKey } from './pivot-key';
import { sortPivotKeys, type PivotOrder } from './pivot-order';

/** Where the metric names go: a level of the column headers, or of the row headers. */
export type MetricsLayout = 'COLUMNS' | 'ROWS';

/** Everything that shapes a pivot (Superset's pivot table options). */
export interface PivotModelInput {
  records: readonly Record<string, unknown>[];
  /** The dimension labels of the rows and of the columns. */
  rowDimensions: readonly string[];
  columnDimensions: readonly string[];
  metrics: readonly string[];
  metricsLayout: MetricsLayout;
  /** The metric level is the innermost one rather than the outermost. */
  combineMetric: boolean;
  /** Swap the row and column dimensions. */
  transposePivot: boolean;
  aggregateFunction: AggregateFunction;
  /** A total column at the right: each row's total (Superset's `rowTotals`). */
  rowTotals: boolean;
  /** A total row at the bottom: each column's total (Superset's `colTotals`). */
  colTotals: boolean;
  rowSubTotals: boolean;
  colSubTotals: boolean;
  rowSubtotalsFirst: boolean;
  colSubtotalsFirst: boolean;
  rowOrder: PivotOrder;
  colOrder: PivotOrder;
}

/** The pivot ready to draw. */
export interface PivotModel {
  /** The row header levels (dimension labels or `METRIC_LEVEL`), outermost first. */
  rowLevels: string[];
  columnLevels: string[];
  rows: AxisEntry[];
  columns: AxisEntry[];
  columnHeaderRows: ColumnHeaderCell[][];
  valueAt: (rowKey: PivotKey, columnKey: PivotKey) => AggregateValue | undefined;
}

function withMetricLevel(levels: readonly string[], isLast: boolean): string[] {
  return isLast ? [...levels, METRIC_LEVEL] : [METRIC_LEVEL, ...levels];
}

/**
 * Lays out a pivot: the header levels (the metric level placed by `metricsLayout` and
 * `combineMetric`, dimensions swapped by `transposePivot`), the aggregated values, the sorted
 * row and column paths with their subtotals and totals, and the column header rows.
 */
export function buildPivotModel(input: PivotModelInput): PivotModel {
  const [rowDimensions, columnDimensions] = input.transposePivot
    ? [input.columnDimensions, input.rowDimensions]
    : [input.rowDimensions, input.columnDimensions];
  const isMetricOnRows = input.metricsLayout === 'ROWS';
  const rowLevels = isMetricOnRows
    ? withMetricLevel(rowDimensions, input.combineMetric)
    : [...rowDimensions];
  const columnLevels = isMetricOnRows
    ? [...columnDimensions]
    : withMetricLevel(columnDimensions, input.combineMetric);
  const data = buildPivotData({
    records: input.records,
    rowLevels,
    columnLevels,
    metrics: input.metrics,
    aggregateFunction: input.aggregateFunction,
  });
  const rowKeys = sortPivotKeys(data.rowKeys, rowLevels, input.rowOrder, input.metrics, (prefix) =>
    data.valueAt(prefix, []),
  );
  const columnKeys = sortPivotKeys(
    data.columnKeys,
    columnLevels,
    input.colOrder,
    input.metrics,
    (prefix) => data.valueAt([], prefix),
  );
  const rows = buildAxis(rowKeys, {
    depth: rowLevels.length,
    showSubtotals: input.rowSubTotals,
    subtotalsFirst: input.rowSubtotalsFirst,
    showTotal: input.colTotals,
  });
  const columns = buildAxis(columnKeys, {
    depth: columnLevels.length,
    showSubtotals: input.colSubTotals,
    subtotalsFirst: input.colSubtotalsFirst,
    showTotal: input.rowTotals,
  });
  return {
    rowLevels,
    columnLevels,
    rows,
    columns,
    columnHeaderRows: buildColumnHeaderRows(columns, columnLevels.length),
    valueAt: data.valueAt,
  };
}
