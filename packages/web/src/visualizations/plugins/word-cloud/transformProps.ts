import type { ChartDataResult } from '@superset-ts/shared';
import { createColorScale } from '../../color/color-scale';
import type { TransformContext } from '../../core/chart-plugin';
import { numberValue } from '../../core/form-data';
import { getColumnLabel, getMetricLabel } from '../../core/query/labels';
import { columnsOf, metricsOf } from '../../core/query/operators';
import { cellText, rowsOf, toNumberOrNull } from '../../core/query/results';
import type { WordCloudFormData, WordCloudProps } from './types';

/**
 * A word's font size: the metric scaled linearly from 0 to the largest value onto the
 * minimum to maximum font size (Superset's word cloud encoding, `zero: true`).
 */
export function fontSizeScale(
  values: readonly number[],
  sizeFrom: number,
  sizeTo: number,
): (value: number) => number {
  const max = Math.max(0, ...values);
  return (value) =>
    max === 0 ? sizeFrom : sizeFrom + (Math.max(0, value) / max) * (sizeTo - sizeFrom);
}

/**
 * The Word Cloud's props (Superset's word cloud `transformProps`): a word per row, sized by
 * the metric and colored by its text; rows without a word are left out.
 */
export function transformWordCloudProps(
  formData: WordCloudFormData,
  queriesResponse: readonly ChartDataResult[],
  context: TransformContext,
): WordCloudProps {
  const [metric] = metricsOf(formData.metric);
  const metricLabel = metric === undefined ? '' : getMetricLabel(metric);
  const [column] = columnsOf(formData.series).map(getColumnLabel);
  const rows = rowsOf(queriesResponse[0]).filter(
    (row) => column !== undefined && row[column] !== null && row[column] !== undefined,
  );
  const values = rows.map((row) => toNumberOrNull(row[metricLabel]) ?? 0);
  const sizeOf = fontSizeScale(
    values,
    numberValue(formData.size_from) ?? 10,
    numberValue(formData.size_to) ?? 70,
  );
  const colorOf = createColorScale(formData.color_scheme);
  const columnName = column === undefined ? '' : (context.verboseMap?.[column] ?? column);
  return {
    words: rows.map((row, index) => {
      const text = cellText(row[column ?? '']);
      return { text, size: sizeOf(values[index] ?? 0), color: colorOf(text) };
    }),
    rotation: formData.rotation ?? 'square',
    ariaLabel: `Word cloud of ${columnName}`,
  };
}
