import type { ChartDataResult } from '@superset-ts/shared';
import { createColorScale } from '../../color/color-scale';
import type { TransformContext } from '../../core/chart-plugin';
import { numberValue } from '../../core/form-data';
import { createGroupbyLabeler } from '../../core/query/groupby-label';
import { getColumnLabel, getMetricLabel } from '../../core/query/labels';
import { columnsOf, metricsOf } from '../../core/query/operators';
import { rowsOf, toNumberOrNull } from '../../core/query/results';
import type { EchartsProps } from '../../echarts/EchartsView';
import { tooltipHtml } from '../../echarts/tooltip-html';
import { getNumberFormatter } from '../../formatting/number-formatter';
import { getTimeFormatter } from '../../formatting/time-formatter';
import { createBubbleSizer } from './bubble-size';
import type { BubbleFormData } from './types';

/** A bubble: x, y, size, then its entity and series names (for the tooltip). */
type BubblePoint = [number | null, number | null, number | null, string, string];

const labelOfMetric = (value: unknown) => {
  const [metric] = metricsOf(value);
  return metric === undefined ? '' : getMetricLabel(metric);
};
const labelOfColumn = (value: unknown) => {
  const [column] = columnsOf(value);
  return column === undefined ? undefined : getColumnLabel(column);
};

/**
 * The ECharts option of the Bubble Chart (Superset's Bubble `transformProps`): a bubble per
 * entity at (x, y), sized by the size metric between 5 px and twice the max bubble size, one
 * colored series per value of the series column (or per entity without one).
 */
export function transformBubbleProps(
  formData: BubbleFormData,
  queriesResponse: readonly ChartDataResult[],
  context: TransformContext,
): EchartsProps {
  const result = queriesResponse[0];
  const xLabel = labelOfMetric(formData.x);
  const yLabel = labelOfMetric(formData.y);
  const sizeLabel = labelOfMetric(formData.size);
  const entityLabel = labelOfColumn(formData.entity);
  const seriesLabel = labelOfColumn(formData.series);
  const formatTime = getTimeFormatter();
  const entityOf = createGroupbyLabeler(result, entityLabel ? [entityLabel] : [], formatTime);
  const seriesOf = createGroupbyLabeler(result, seriesLabel ? [seriesLabel] : [], formatTime);
  const displayName = (name: string) => context.verboseMap?.[name] ?? name;
  const formatX = getNumberFormatter(formData.xAxisFormat);
  const formatY = getNumberFormatter(formData.y_axis_format);
  const formatSize = getNumberFormatter(formData.tooltipSizeFormat);
  const colorOf = createColorScale(formData.color_scheme);

  const groups = new Map<string, BubblePoint[]>();
  for (const row of rowsOf(result)) {
    const entity = entityOf(row);
    const seriesValue = seriesLabel ? seriesOf(row) : '';
    const name = seriesLabel ? seriesValue : entity;
    const point: BubblePoint = [
      toNumberOrNull(row[xLabel]),
      toNumberOrNull(row[yLabel]),
      toNumberOrNull(row[sizeLabel]),
      entity,
      seriesValue,
    ];
    groups.set(name, [...(groups.get(name) ?? []), point]);
  }
  const sizeOf = createBubbleSizer(
    [...groups.values()].flat().map((point) => point[2]),
    numberValue(formData.max_bubble_size) ?? 25,
  );
  const opacity = numberValue(formData.opacity) ?? 0.6;

  const tooltipFormatter = ({ value }: { value: BubblePoint }) =>
    tooltipHtml(
      [
        [displayName(xLabel), formatX(value[0])],
        [displayName(yLabel), formatY(value[1])],
        [displayName(sizeLabel), formatSize(value[2])],
      ],
      value[4] ? `${value[3]} (${value[4]})` : value[3],
    );

  const [yMin, yMax] = formData.truncateYAxis ? (formData.y_axis_bounds ?? []) : [];
  const showLegend = formData.show_legend ?? true;
  const axis = (title: string | undefined, margin: unknown, isLog: boolean | undefined) => ({
    type: isLog ? 'log' : 'value',
    name: title ?? '',
    nameLocation: 'middle',
    nameGap: numberValue(margin) ?? 30,
    nameTextStyle: { fontWeight: 'bolder' },
    splitLine: { lineStyle: { type: 'dashed' } },
  });
  return {
    ariaLabel: `Bubble chart of ${displayName(yLabel)} by ${displayName(xLabel)}`,
    option: {
      animation: false,
      grid: { left: 16, right: 24, top: showLegend ? 40 : 24, bottom: 16, outerBoundsMode: 'same' },
      legend: { show: showLegend, type: 'scroll', top: 0, data: [...groups.keys()] },
      tooltip: { trigger: 'item', confine: true, formatter: tooltipFormatter },
      xAxis: {
        ...axis(formData.x_axis_label, formData.x_axis_title_margin, formData.logXAxis),
        scale: true,
        axisLabel: { formatter: (value: number) => formatX(value) },
      },
      yAxis: {
        ...axis(formData.y_axis_label, formData.y_axis_title_margin, formData.logYAxis),
        scale: formData.truncateYAxis ?? false,
        axisLabel: { formatter: (value: number) => formatY(value) },
        ...(numberValue(yMin) === undefined ? {} : { min: numberValue(yMin) }),
        ...(numberValue(yMax) === undefined ? {} : { max: numberValue(yMax) }),
      },
      series: [...groups.entries()].map(([name, points]) => ({
        name,
        type: 'scatter',
        data: points,
        symbolSize: (value: BubblePoint) => sizeOf(value[2]),
        itemStyle: { color: colorOf(name), opacity },
      })),
    },
  };
}
