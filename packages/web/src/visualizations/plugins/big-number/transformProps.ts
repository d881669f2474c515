import type { ChartDataResult } from '@superset-ts/shared';
import type { TransformContext } from '../../core/chart-plugin';
import { numberValue } from '../../core/form-data';
import { getMetricLabel } from '../../core/query/labels';
import { metricsOf } from '../../core/query/operators';
import { rowsOf, toNumberOrNull } from '../../core/query/results';
import { getXAxisLabel } from '../../core/query/x-axis';
import { NumberFormats } from '../../formatting/number-formats';
import { getNumberFormatter } from '../../formatting/number-formatter';
import { getTimeFormatter } from '../../formatting/time-formatter';
import { SMART_DATE_VERBOSE_ID } from '../../formatting/time-formats';
import { NO_DATA } from '../big-number-total/transformProps';
import { bigNumberFormatter } from '../big-number-total/value-formatter';
import type { BigNumberFormData, BigNumberTrendlineProps, RgbaColor, TrendPoint } from './types';

/** Superset's default color of the trend line. */
const DEFAULT_COLOR: RgbaColor = { r: 0, g: 122, b: 135, a: 1 };
const formatPercentChange = getNumberFormatter(NumberFormats.PERCENT_SIGNED_1_POINT);

/**
 * Big Number with Trendline's props (Superset's `transformProps`): the latest non-empty value,
 * its change from `compare_lag` periods earlier as the subheader, and the trend oldest first.
 */
export function transformBigNumberProps(
  formData: BigNumberFormData,
  queriesResponse: readonly ChartDataResult[],
  _context: TransformContext,
): BigNumberTrendlineProps {
  const result = queriesResponse[0];
  const metric = metricsOf(formData.metric)[0];
  const metricLabel = metric === undefined ? '' : getMetricLabel(metric);
  const xAxisLabel = getXAxisLabel(formData) ?? '__timestamp';
  const newestFirst: TrendPoint[] = rowsOf(result)
    .map((row): TrendPoint => [
      toNumberOrNull(row[xAxisLabel]) ?? 0,
      toNumberOrNull(row[metricLabel]),
    ])
    .sort((a, b) => b[0] - a[0]);
  const latest = newestFirst.find((point) => point[1] !== null);
  const format = bigNumberFormatter(result, metricLabel, formData);
  const formatTime = getTimeFormatter(SMART_DATE_VERBOSE_ID);

  let subheader = formData.subheader ?? '';
  let trend: BigNumberTrendlineProps['trend'];
  const lag = Math.floor(numberValue(formData.compare_lag) ?? 0);
  const compared = lag > 0 ? newestFirst[lag]?.[1] : undefined;
  const current = newestFirst[0]?.[1];
  if (
    current !== undefined &&
    current !== null &&
    compared !== undefined &&
    compared !== null &&
    compared !== 0
  ) {
    const change = (current - compared) / Math.abs(compared);
    subheader = `${formatPercentChange(change)} ${formData.compare_suffix ?? ''}`.trim();
    if (change !== 0) trend = change > 0 ? 'positive' : 'negative';
  }

  const { r, g, b, a = 1 } = formData.color_picker ?? DEFAULT_COLOR;
  const showTrendLine = formData.show_trend_line ?? true;
  return {
    headline: latest ? format(latest[1]) : NO_DATA,
    subheader,
    ...(trend ? { trend } : {}),
    ...(formData.show_timestamp && latest ? { timestamp: formatTime(latest[0]) } : {}),
    headerFontSize: formData.header_font_size ?? 0.4,
    subheaderFontSize: formData.subheader_font_size ?? 0.15,
    ...(showTrendLine ? { trendLine: [...newestFirst].reverse() } : {}),
    color: `rgba(${r}, ${g}, ${b}, ${a})`,
    startYAxisAtZero: formData.start_y_axis_at_zero ?? true,
    formatPoint: ([time, value]) =>
      `${formatTime(time)}: ${value === null ? 'N/A' : format(value)}`,
  };
}
