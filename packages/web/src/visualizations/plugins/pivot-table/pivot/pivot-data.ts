import { toNumberOrNull } from '../../../core/query/results';
import {
  getAggregateSpec,
  type AggregateFunction,
  type AggregateValue,
  type Aggregator,
} from './aggregators';
import { flatKey, prefixKeys, toPivotValue, type PivotKey, type PivotValue } from './pivot-key';

/** The level of row or column headers that holds the metric names, not a dimension. */
export const METRIC_LEVEL = '__metric__';

/** What the pivot is computed from. */
export interface PivotInput {
  /** The query's records: one per combination of dimension values, with a value per metric. */
  records: readonly Record<string, unknown>[];
  /** The row header levels, outermost first: dimension labels or `METRIC_LEVEL`. */
  rowLevels: readonly string[];
  columnLevels: readonly string[];
  /** The metric labels, in the chart's order. */
  metrics: readonly string[];
  aggregateFunction: AggregateFunction;
}

/** The aggregated pivot: its row and column paths and the value of any cell or (sub)total. */
export interface PivotData {
  /** Every full row path, in first-seen order. */
  rowKeys: PivotKey[];
  columnKeys: PivotKey[];
  /**
   * The value where a row path and a column path meet; a shorter path is a subtotal (all
   * rows or columns under it), the empty path the total. Undefined when no record falls there.
   */
  valueAt: (rowKey: PivotKey, columnKey: PivotKey) => AggregateValue | undefined;
}

/** Every (row prefix, column prefix) cell, so subtotals come from records, not from cells. */
class CellTable {
  private readonly cells = new Map<string, Map<string, Aggregator>>();
  /** Values read once the records are in (a median sorts its values to answer). */
  private readonly results = new Map<Aggregator, AggregateValue>();

  constructor(private readonly create: () => Aggregator) {}

  push(rowPrefixes: readonly string[], columnPrefixes: readonly string[], value: number): void {
    for (const rowPrefix of rowPrefixes) {
      let row = this.cells.get(rowPrefix);
      if (!row) {
        row = new Map();
        this.cells.set(rowPrefix, row);
      }
      for (const columnPrefix of columnPrefixes) {
        let cell = row.get(columnPrefix);
        if (!cell) {
          cell = this.create();
          row.set(columnPrefix, cell);
        }
        cell.push(value);
      }
    }
  }

  value(rowKey: PivotKey, columnKey: PivotKey): AggregateValue | undefined {
    const cell = this.cells.get(flatKey(rowKey))?.get(flatKey(columnKey));
    if (!cell) return undefined;
    if (!this.results.has(cell)) this.results.set(cell, cell.value());
    return this.results.get(cell);
  }
}

function pathOf(levels: readonly string[], record: Record<string, unknown>, metric: string) {
  return levels.map((level): PivotValue =>
    level === METRIC_LEVEL ? metric : toPivotValue(record[level]),
  );
}

function divide(value: AggregateValue | undefined, by: AggregateValue | undefined) {
  if (typeof value !== 'number') return value;
  return typeof by === 'number' && by !== 0 ? value / by : null;
}

/**
 * Aggregates the records into every cell, subtotal and total of the pivot at once
 * (react-pivottable's `PivotData`, which Superset's pivot table draws): each record gives one
 * value per metric (missing values are skipped), pushed into each prefix of its row path
 * crossed with each prefix of its column path. Fractions divide by the total, the row's or
 * the column's value.
 */
export function buildPivotData(input: PivotInput): PivotData {
  const spec = getAggregateSpec(input.aggregateFunction);
  const table = new CellTable(spec.create);
  const rowKeys = new Map<string, PivotKey>();
  const columnKeys = new Map<string, PivotKey>();
  for (const record of input.records) {
    for (const metric of input.metrics) {
      const value = toNumberOrNull(record[metric]);
      if (value === null) continue;
      const rowKey = pathOf(input.rowLevels, record, metric);
      const columnKey = pathOf(input.columnLevels, record, metric);
      const rowPrefixes = prefixKeys(rowKey);
      const columnPrefixes = prefixKeys(columnKey);
      const rowFlat = rowPrefixes[rowPrefixes.length - 1] ?? '';
      const columnFlat = columnPrefixes[columnPrefixes.length - 1] ?? '';
      if (!rowKeys.has(rowFlat)) rowKeys.set(rowFlat, rowKey);
      if (!columnKeys.has(columnFlat)) columnKeys.set(columnFlat, columnKey);
      table.push(rowPrefixes, columnPrefixes, value);
    }
  }
  const valueAt = (rowKey: PivotKey, columnKey: PivotKey) => {
    const value = table.value(rowKey, columnKey);
    switch (spec.fractionOf) {
      case undefined:
        return value;
      case 'total':
        return divide(value, table.value([], []));
      case 'row':
        return divide(value, table.value(rowKey, []));
      case 'column':
        return divide(value, table.value([], columnKey));
    }
  };
  return { rowKeys: [...rowKeys.values()], columnKeys: [...columnKeys.values()], valueAt };
}
