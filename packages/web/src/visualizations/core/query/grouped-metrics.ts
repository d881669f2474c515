import type { ChartDataResult } from '@superset-ts/shared';
import { createColorScale, type ColorScale } from '../../color/color-scale';
import { getNumberFormatter, type NumberFormatter } from '../../formatting/number-formatter';
import { getTimeFormatter } from '../../formatting/time-formatter';
import type { TransformContext } from '../chart-plugin';
import type { ChartFormData } from '../form-data';
import { createGroupbyLabeler } from './groupby-label';
import { getColumnLabel, getMetricLabel } from './labels';
import { columnsOf, metricsOf } from './operators';

/**
 * What a chart of several metrics per dimension group (box plot, radar) reads before drawing:
 * the labels of its metrics and dimensions, and how it names, formats and colours them.
 */
export interface GroupedMetrics {
  /** The metrics' columns in the results. */
  metrics: string[];
  /** The dimensions' columns in the results. */
  groupby: string[];
  /** A row's group name: its dimension values, temporal ones in `date_format`. */
  labelOf: (row: Readonly<Record<string, unknown>>) => string;
  /** Values in `number_format`. */
  formatValue: NumberFormatter;
  /** A group's colour from `color_scheme` (or the dashboard's label colours). */
  colorOf: ColorScale;
  /** A column's or metric's verbose name, else its label. */
  displayName: (name: string) => string;
}

/** The metrics, dimensions, names, formats and colours of a chart of metrics by groups. */
export function readGroupedMetrics(
  formData: ChartFormData & { date_format?: string; number_format?: string },
  result: ChartDataResult | undefined,
  context: TransformContext,
): GroupedMetrics {
  const groupby = columnsOf(formData.groupby).map(getColumnLabel);
  return {
    metrics: metricsOf(formData.metrics).map(getMetricLabel),
    groupby,
    labelOf: createGroupbyLabeler(result, groupby, getTimeFormatter(formData.date_format)),
    formatValue: getNumberFormatter(formData.number_format),
    colorOf: createColorScale(formData.color_scheme),
    displayName: (name) => context.verboseMap?.[name] ?? name,
  };
}
