import type { ChartDataResult } from '@superset-ts/shared';
import { getSequentialScheme } from '../../color/sequential-schemes';
import type { TransformContext } from '../../core/chart-plugin';
import { numberValue } from '../../core/form-data';
import { getColumnLabel, getMetricLabel } from '../../core/query/labels';
import { metricsOf } from '../../core/query/operators';
import {
  cellText,
  columnTypeOf,
  GenericDataType,
  rowsOf,
  toNumberOrNull,
} from '../../core/query/results';
import { getXAxisLabel } from '../../core/query/x-axis';
import type { EchartsProps } from '../../echarts/EchartsView';
import { tooltipHtml } from '../../echarts/tooltip-html';
import { getNumberFormatter } from '../../formatting/number-formatter';
import { getTimeFormatter } from '../../formatting/time-formatter';
import { distinctValues, sortAxisValues } from './axis-values';
import { yAxisColumnOf } from './buildQuery';
import type { HeatmapFormData } from './types';

/** The column the server's `rank` step adds: each cell's percentile rank. */
const RANK_COLUMN = 'rank';
const formatPercent = getNumberFormatter(',.2%');

function labelInterval(value: unknown): number | 'auto' {
  const interval = numberValue(value);
  return interval === undefined || interval < 1 ? 'auto' : Math.floor(interval) - 1;
}

function extent(values: readonly (number | null)[]): [number, number] | undefined {
  const present = values.filter((value): value is number => value !== null);
  return present.length === 0 ? undefined : [Math.min(...present), Math.max(...present)];
}

/**
 * The ECharts option of the Heatmap (Superset's Heatmap `transformProps`): a cell per x and y
 * value colored along the linear scheme by the metric (or by its rank when `normalized`),
 * axes sorted as chosen, a visual map as the legend, and a tooltip with the cell's share of
 * the heatmap, its column or its row.
 */
export function transformHeatmapProps(
  formData: HeatmapFormData,
  queriesResponse: readonly ChartDataResult[],
  context: TransformContext,
): EchartsProps {
  const result = queriesResponse[0];
  const rows = rowsOf(result);
  const metric = metricsOf(formData.metric)[0];
  const metricLabel = metric === undefined ? '' : getMetricLabel(metric);
  const xLabel = getXAxisLabel(formData) ?? '';
  const yColumn = yAxisColumnOf(formData);
  const yLabel = yColumn === undefined ? '' : getColumnLabel(yColumn);
  const formatValue = getNumberFormatter(formData.y_axis_format);
  const formatTime = getTimeFormatter(formData.x_axis_time_format);
  const axisFormatter = (column: string) => {
    const isTemporal = columnTypeOf(result, column) === GenericDataType.TEMPORAL;
    return (value: unknown) => {
      const time = isTemporal ? toNumberOrNull(value) : null;
      return time === null ? cellText(value) : formatTime(time);
    };
  };
  const formatX = axisFormatter(xLabel);
  const formatY = axisFormatter(yLabel);

  const xValues = sortAxisValues(
    distinctValues(rows, xLabel),
    rows,
    formData.sort_x_axis,
    xLabel,
    metricLabel,
  );
  const yValues = sortAxisValues(
    distinctValues(rows, yLabel),
    rows,
    formData.sort_y_axis,
    yLabel,
    metricLabel,
  );
  const xIndex = new Map(xValues.map((value, index) => [value, index]));
  const yIndex = new Map(yValues.map((value, index) => [value, index]));
  const normalized = formData.normalized === true;

  const totals = { x: new Map<unknown, number>(), y: new Map<unknown, number>(), all: 0 };
  const cells = rows.flatMap((row) => {
    const x = xIndex.get(row[xLabel]);
    const y = yIndex.get(row[yLabel]);
    if (x === undefined || y === undefined) return [];
    const value = toNumberOrNull(row[metricLabel]);
    if (value !== null) {
      totals.x.set(row[xLabel], (totals.x.get(row[xLabel]) ?? 0) + value);
      totals.y.set(row[yLabel], (totals.y.get(row[yLabel]) ?? 0) + value);
      totals.all += value;
    }
    return [normalized ? [x, y, value, toNumberOrNull(row[RANK_COLUMN])] : [x, y, value]];
  });

  const colorValues = cells.map((cell) => cell[normalized ? 3 : 2] ?? null);
  const [dataMin, dataMax] = extent(colorValues) ?? [0, 1];
  const [boundMin, boundMax] = formData.value_bounds ?? [];
  const min = numberValue(boundMin) ?? dataMin;
  const max = numberValue(boundMax) ?? dataMax;
  const formatLegend = normalized ? formatPercent : formatValue;

  const tooltipFormatter = ({ value }: { value: [number, number, number | null] }) => {
    const x = xValues[value[0]];
    const y = yValues[value[1]];
    const cellValue = value[2];
    const line = [context.verboseMap?.[metricLabel] ?? metricLabel, formatValue(cellValue)];
    if (formData.show_percentage ?? true) {
      const across = formData.normalize_across ?? 'heatmap';
      const total =
        across === 'x' ? totals.x.get(x) : across === 'y' ? totals.y.get(y) : totals.all;
      const scope = across === 'x' ? formatX(x) : across === 'y' ? formatY(y) : 'heatmap';
      const share = cellValue === null || !total ? 0 : cellValue / total;
      line.push(`${formatPercent(share)} (${scope})`);
    }
    return tooltipHtml([line], `${formatX(x)} (${formatY(y)})`);
  };

  const showLegend = formData.show_legend ?? true;
  const legendType = formData.legend_type ?? 'continuous';
  return {
    ariaLabel: `Heatmap of ${context.verboseMap?.[metricLabel] ?? metricLabel}`,
    option: {
      animation: false,
      grid: { left: 16, right: 24, top: showLegend ? 48 : 16, bottom: 16, outerBoundsMode: 'same' },
      tooltip: { trigger: 'item', confine: true, formatter: tooltipFormatter },
      visualMap: {
        type: legendType,
        show: showLegend,
        min,
        max: max > min ? max : min + 1,
        calculable: true,
        orient: 'horizontal',
        right: 0,
        top: 0,
        itemHeight: legendType === 'continuous' ? 300 : 14,
        itemWidth: 15,
        formatter: (value: number) => formatLegend(value),
        inRange: { color: [...getSequentialScheme(formData.linear_color_scheme).colors] },
        dimension: normalized ? 3 : 2,
      },
      xAxis: {
        type: 'category',
        data: xValues.map(formatX),
        axisLabel: { interval: labelInterval(formData.xscale_interval) },
      },
      yAxis: {
        type: 'category',
        data: yValues.map(formatY),
        axisLabel: { interval: labelInterval(formData.yscale_interval) },
      },
      series: [
        {
          name: metricLabel,
          type: 'heatmap',
          data: cells,
          label: {
            show: formData.show_values ?? false,
            formatter: ({ value }: { value: [number, number, number | null] }) =>
              formatValue(value[2]),
          },
          emphasis: { itemStyle: { shadowBlur: 10, shadowColor: 'rgba(0, 0, 0, 0.3)' } },
        },
      ],
    },
  };
}
