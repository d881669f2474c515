import type { ChartFormData } from '../form-data';
import { comparisonTypeOf, timeShiftsOf } from './time-comparison';

/** The separator of a flattened column name's labels (`"SUM(num), boy"`). */
const FLAT_SEPARATOR = /(?<!\\), /;

/** A label of a flattened column name as written: the server escapes commas inside labels. */
export function unescapeLabel(label: string): string {
  return label.replace(/\\,/g, ',');
}

const escapeLabel = (label: string) => label.replace(/,/g, '\\,');

/** Where a result column of a time-series query comes from. */
export interface SeriesOrigin {
  /** A time-shifted copy of a series ("Actual values" of a time comparison). */
  isTimeShifted: boolean;
  /**
   * The column of the series it was shifted from (itself when not shifted), so both can share
   * one color.
   */
  sourceColumn: string;
}

/**
 * Tells a time-shifted series from a main one (Superset's `isDerivedSeries` and
 * `getOriginalSeries`). A shifted column's first label is its shift (`1 year ago, boy`), or
 * metric and shift with several metrics (`SUM(num)\, 1 year ago, boy`); its source is the
 * same column with the metric in that place (`SUM(num), boy`).
 */
export function seriesOriginOf(
  column: string,
  formData: ChartFormData,
  metricLabels: readonly string[],
): SeriesOrigin {
  const notShifted = { isTimeShifted: false, sourceColumn: column };
  if (comparisonTypeOf(formData) !== 'values') return notShifted;
  const shifts = timeShiftsOf(formData);
  const [head = '', ...rest] = column.split(FLAT_SEPARATOR);
  const first = unescapeLabel(head);
  const shift = shifts.find((candidate) => first === candidate || first.endsWith(`, ${candidate}`));
  if (shift === undefined) return notShifted;
  const metric = first === shift ? metricLabels[0] : first.slice(0, -`, ${shift}`.length);
  if (metric === undefined || !metricLabels.includes(metric)) return notShifted;
  return { isTimeShifted: true, sourceColumn: [escapeLabel(metric), ...rest].join(', ') };
}
