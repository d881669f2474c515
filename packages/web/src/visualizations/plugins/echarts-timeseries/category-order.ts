import { cellText } from '../../core/query/results';
import { reorderRows, type ExtractedSeries } from './extract-series';
import type { TimeseriesFormData, XAxisSortSeries } from './types';

type SortKey = (row: number) => string | number | null;

const TOTALS: Record<Exclude<XAxisSortSeries, 'name'>, (values: number[]) => number> = {
  sum: (values) => values.reduce((a, b) => a + b, 0),
  min: (values) => Math.min(...values),
  max: (values) => Math.max(...values),
  avg: (values) => values.reduce((a, b) => a + b, 0) / values.length,
};

function compareKeys(a: string | number | null, b: string | number | null): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a).localeCompare(String(b), undefined, { numeric: true });
}

function rowTotal(extracted: ExtractedSeries, row: number, sortBy: XAxisSortSeries) {
  const values = extracted.columns
    .map((column) => column.values[row])
    .filter((value): value is number => value !== null && value !== undefined);
  return sortBy === 'name' || values.length === 0 ? null : TOTALS[sortBy](values);
}

/** How the form data orders categories: a key per row and the direction; none keeps them. */
function sortKeyOf(
  extracted: ExtractedSeries,
  formData: TimeseriesFormData,
  xAxisLabel: string,
): { key: SortKey; isAscending: boolean } | undefined {
  const byName: SortKey = (row) => cellText(extracted.xValues[row]);
  const sortBy = formData.x_axis_sort;
  if (sortBy) {
    const column = extracted.columns.find((candidate) => candidate.name === sortBy);
    if (sortBy !== xAxisLabel && !column) return undefined;
    const key: SortKey = column ? (row) => column.values[row] ?? null : byName;
    return { key, isAscending: formData.x_axis_sort_asc ?? true };
  }
  const sortSeries = formData.x_axis_sort_series;
  if (!sortSeries) return undefined;
  const key: SortKey =
    sortSeries === 'name' ? byName : (row) => rowTotal(extracted, row, sortSeries);
  return { key, isAscending: formData.x_axis_sort_series_ascending ?? true };
}

/**
 * Orders the categories of a categorical x-axis as asked: by the x value itself, by one
 * metric (`x_axis_sort`, Superset's choice without dimensions), or by the sum, min, max or
 * average of each category's series (`x_axis_sort_series`). Missing values go last.
 */
export function sortCategories(
  extracted: ExtractedSeries,
  formData: TimeseriesFormData,
  xAxisLabel: string,
): ExtractedSeries {
  const sort = sortKeyOf(extracted, formData, xAxisLabel);
  if (!sort) return extracted;
  const direction = sort.isAscending ? 1 : -1;
  const order = extracted.xValues
    .map((_, row) => row)
    .sort((a, b) => {
      const [keyA, keyB] = [sort.key(a), sort.key(b)];
      if (keyA === null || keyB === null) return compareKeys(keyA, keyB);
      return direction * compareKeys(keyA, keyB);
    });
  return reorderRows(extracted, order);
}
