import type { ChartDataResult } from '@superset-ts/shared';
import { rowsOf, toNumberOrNull } from '../../core/query/results';

/** One result column besides the x-axis: a series' values, row by row. */
export interface ColumnSeries {
  /** The result column's name (`"boy"`, `"SUM(num), 1 year ago"`). */
  name: string;
  values: (number | null)[];
}

/** A pivoted time-series result: the x value of each row and each series' values. */
export interface ExtractedSeries {
  xValues: unknown[];
  columns: ColumnSeries[];
}

/**
 * Reads a flattened, pivoted result (one row per x value, one column per series) into the
 * x values and the numeric series (Superset's `extractSeries`); missing values stay null so
 * lines show gaps.
 */
export function extractSeries(
  result: ChartDataResult | undefined,
  xAxisLabel: string,
): ExtractedSeries {
  const rows = rowsOf(result);
  const names = (result?.colnames ?? []).filter((name) => name !== xAxisLabel);
  return {
    xValues: rows.map((row) => row[xAxisLabel] ?? null),
    columns: names.map((name) => ({
      name,
      values: rows.map((row) => toNumberOrNull(row[name])),
    })),
  };
}

/** The same series with the rows in another order (`order` lists row positions). */
export function reorderRows(extracted: ExtractedSeries, order: readonly number[]): ExtractedSeries {
  return {
    xValues: order.map((index) => extracted.xValues[index]),
    columns: extracted.columns.map((column) => ({
      name: column.name,
      values: order.map((index) => column.values[index] ?? null),
    })),
  };
}
