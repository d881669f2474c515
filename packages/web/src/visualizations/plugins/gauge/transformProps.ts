import type { ChartDataResult } from '@superset-ts/shared';
import { getCategoricalScheme } from '../../color/categorical-schemes';
import { createColorScale } from '../../color/color-scale';
import type { TransformContext } from '../../core/chart-plugin';
import { numberValue } from '../../core/form-data';
import { getColumnLabel } from '../../core/query/labels';
import { columnsOf } from '../../core/query/operators';
import { cellText, rowsOf, toNumberOrNull } from '../../core/query/results';
import { readMainMetric } from '../../core/query/main-metric';
import type { EchartsProps } from '../../echarts/EchartsView';
import { tooltipHtml } from '../../echarts/tooltip-html';
import { getNumberFormatter } from '../../formatting/number-formatter';
import { intervalColorStops } from './intervals';
import type { GaugeFormData } from './types';

/** Sizes relative to the font size, as Superset's gauge (`FONT_SIZE_MULTIPLIERS`). */
const SIZES = {
  axisTickLength: 0.25,
  splitLineLength: 1,
  splitLineWidth: 0.25,
  titleStep: 2,
  detailBelowTitle: 0.9,
  detailFontSize: 1.2,
};
/** The first reading's title sits this far below the center, in percent of the radius. */
const TITLE_FROM_CENTER = 20;
const MARK_GAP = 4;
const TEXT_COLOR = '#3f4752';
const TRACK_COLOR = '#E8EBF0';
const ACCENT_COLOR = '#1FA8C9';

/** The axis bounds: the chosen ones, else twice the smallest (or 0) and largest (or 0) value. */
export function gaugeBounds(formData: GaugeFormData, values: readonly number[]): [number, number] {
  const min = numberValue(formData.min_val) ?? 2 * Math.min(0, ...values);
  const max = numberValue(formData.max_val) ?? 2 * Math.max(0, ...values);
  return [min, max > min ? max : min + 1];
}

/**
 * The ECharts option of the Gauge Chart (Superset's Gauge `transformProps`): one reading per
 * row on a shared axis (a pointer and a progress bar each, in their label colors), the value
 * in the number format wrapped by `value_formatter`, colored intervals along the axis when
 * given. Labels and ticks sit inside the axis so the gauge fits any box.
 */
export function transformGaugeProps(
  formData: GaugeFormData,
  queriesResponse: readonly ChartDataResult[],
  context: TransformContext,
): EchartsProps {
  const result = queriesResponse[0];
  const { metricLabel, metricName } = readMainMetric(formData, context);
  const groupby = columnsOf(formData.groupby).map(getColumnLabel);
  const formatNumber = getNumberFormatter(formData.number_format);
  const template = formData.value_formatter || '{value}';
  const formatValue = (value: number | null) => template.replace('{value}', formatNumber(value));
  const colorOf = createColorScale(formData.color_scheme);
  const fontSize = numberValue(formData.font_size) ?? 15;
  const overlap = formData.overlap ?? true;
  const splitNumber = numberValue(formData.split_number) ?? 10;

  const readings = rowsOf(result).map((row, index) => {
    const name =
      groupby.length === 0
        ? metricName
        : groupby
            .map((column) => `${context.verboseMap?.[column] ?? column}: ${cellText(row[column])}`)
            .join(', ');
    const titleOffset = index * SIZES.titleStep * fontSize + TITLE_FROM_CENTER;
    return {
      name,
      value: toNumberOrNull(row[metricLabel]),
      itemStyle: { color: colorOf(name) },
      title: { offsetCenter: ['0%', `${titleOffset}%`], fontSize, color: TEXT_COLOR },
      detail: {
        offsetCenter: ['0%', `${titleOffset + SIZES.detailBelowTitle * fontSize}%`],
        fontSize: SIZES.detailFontSize * fontSize,
      },
    };
  });

  const values = readings.flatMap((reading) => (reading.value === null ? [] : [reading.value]));
  const [min, max] = gaugeBounds(formData, values);
  const stops = intervalColorStops(
    formData,
    min,
    max,
    getCategoricalScheme(formData.color_scheme).colors,
  );
  const hasIntervals = stops.length > 0;
  const axisLineWidth = overlap ? fontSize : Math.max(1, readings.length) * fontSize;
  const longestLabel = Math.max(
    1,
    ...Array.from(
      { length: splitNumber + 1 },
      (_, i) => formatNumber(min + ((max - min) * i) / splitNumber).length,
    ),
  );
  const markColor = hasIntervals ? 'auto' : ACCENT_COLOR;

  return {
    ariaLabel: `Gauge chart of ${metricName}`,
    option: {
      tooltip: {
        trigger: 'item',
        confine: true,
        formatter: ({ name, value }: { name: string; value: number | null }) =>
          tooltipHtml([[name, formatValue(value)]]),
      },
      series: [
        {
          type: 'gauge',
          startAngle: numberValue(formData.start_angle) ?? 225,
          endAngle: numberValue(formData.end_angle) ?? -45,
          min,
          max,
          radius: '85%',
          center: ['50%', '55%'],
          animation: formData.animation ?? true,
          splitNumber,
          progress: {
            show: formData.show_progress ?? true,
            overlap,
            roundCap: formData.round_cap ?? false,
            width: fontSize,
          },
          axisLine: {
            roundCap: formData.round_cap ?? false,
            lineStyle: { width: axisLineWidth, color: hasIntervals ? stops : [[1, TRACK_COLOR]] },
          },
          splitLine: {
            show: formData.show_split_line ?? false,
            distance: MARK_GAP,
            length: SIZES.splitLineLength * fontSize,
            lineStyle: { width: SIZES.splitLineWidth * fontSize, color: markColor },
          },
          axisTick: {
            show: formData.show_axis_tick ?? false,
            distance: MARK_GAP,
            length: SIZES.axisTickLength * fontSize,
            lineStyle: { width: 2, color: markColor },
          },
          axisLabel: {
            distance: axisLineWidth + MARK_GAP + fontSize * 0.3 * longestLabel,
            fontSize,
            color: hasIntervals ? 'inherit' : TEXT_COLOR,
            formatter: (value: number) => formatNumber(value),
          },
          pointer: {
            show: formData.show_pointer ?? true,
            showAbove: false,
            ...(hasIntervals ? { itemStyle: { color: 'auto' } } : {}),
          },
          detail: {
            valueAnimation: formData.animation ?? true,
            color: TEXT_COLOR,
            formatter: (value: number) => formatValue(value),
          },
          data: readings,
        },
      ],
    },
  };
}
